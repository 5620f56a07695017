/** Printable summaries of a district. */
package org.gridgov.examples.summary;
