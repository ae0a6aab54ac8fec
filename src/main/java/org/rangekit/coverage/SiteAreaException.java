package org.rangekit.coverage;

/**
 * The areas of a site's bands (or of the sites' union) cannot be computed, typically because the
 * bands reach too near the site's antipode; the message says why.
 */
public final class SiteAreaException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String siteId;

    /**
     * @param siteId the site whose bands failed, or null for the union of the sites
     * @param message what went wrong
     * @param cause the failure
     */
    public SiteAreaException(String siteId, String message, Throwable cause) {
        super(message, cause);
        this.siteId = siteId;
    }

    /** The site whose bands failed, or null for the union of the sites. */
    public String siteId() {
        return siteId;
    }
}
