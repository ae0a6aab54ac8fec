/**
 * Coverage and comparison reports in CSV (for spreadsheets), JSON (stable, for scripts) and
 * Markdown (to paste into a report). All number formatting is fixed-scale and locale-free, so the
 * same inputs give the same bytes.
 */
package org.rangekit.io.out.report;
