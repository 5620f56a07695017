/**
 * Argument checks shared by the value types of every domain package, and {@link
 * org.gridgov.core.common.PersonalDataMask}, which masks residents' phone and ID numbers in free
 * text and quoted values before they reach a message, a log or an export.
 */
package org.gridgov.core.common;
