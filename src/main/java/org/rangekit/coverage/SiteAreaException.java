package org.rangekit.coverage;

/**
 * The areas of a site's bands (or of the sites' union, or of two discs' overlap) cannot be computed, typically because the
 * bands reach too near the site's antipode; the message says why.
 */
public final class SiteAreaException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String siteId;
    private final boolean overlap;

    /**
     * @param siteId the site whose bands failed, or null for the union of the sites
     * @param message what went wrong
     * @param cause the failure
     */
    public SiteAreaException(String siteId, String message, Throwable cause) {
        this(siteId, false, message, cause);
    }

    private SiteAreaException(String siteId, boolean overlap, String message, Throwable cause) {
        super(message, cause);
        this.siteId = siteId;
        this.overlap = overlap;
    }

    /**
     * The areas of the overlap of two sites' discs cannot be computed.
     *
     * @param message what went wrong
     * @param cause the failure
     * @return the exception
     */
    public static SiteAreaException overlap(String message, Throwable cause) {
        return new SiteAreaException(null, true, message, cause);
    }

    /** True when the overlap of two discs failed (the range is to blame rather than one site). */
    public boolean isOverlap() {
        return overlap;
    }

    /** The site whose bands failed, or null for the union of the sites. */
    public String siteId() {
        return siteId;
    }
}
