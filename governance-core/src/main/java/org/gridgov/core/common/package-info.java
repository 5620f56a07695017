/**
 * What every domain package shares: argument checks ({@link org.gridgov.core.common.Checks}) that
 * name what they check with a term of governance-core's bundle; the domain's refusals ({@link
 * org.gridgov.core.common.ValueRefusedException}, {@link
 * org.gridgov.core.common.StepRefusedException}), which are the exceptions callers catch and read
 * in the reader's language ({@link org.gridgov.core.common.Refused}); messages kept as data ({@link
 * org.gridgov.core.common.Message}, {@link org.gridgov.core.common.Messages}, {@link
 * org.gridgov.core.common.Describable}); and {@link org.gridgov.core.common.PersonalDataMask},
 * which masks residents' phone and ID numbers in free text and quoted values before they reach a
 * message, a log or an export.
 */
package org.gridgov.core.common;
