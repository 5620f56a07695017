/** The {@code gridgov} command line. */
package org.gridgov.examples.cli;
