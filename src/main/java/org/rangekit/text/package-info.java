/**
 * Text shown to people: {@link org.rangekit.text.Quote}, the one way every message quotes a value
 * it did not write itself (an option as typed, a path, a cell or line of an input file). Imports
 * nothing of the project, so every package may use it.
 */
package org.rangekit.text;
