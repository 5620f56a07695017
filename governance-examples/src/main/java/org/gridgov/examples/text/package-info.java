/**
 * The examples' words for readers, in English and Simplified Chinese: the bundle of the command
 * line's and the report's texts, the names of the rules and the categories, and times as a district
 * reads them.
 */
package org.gridgov.examples.text;
