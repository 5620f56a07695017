/**
 * Meetings: the quarterly grid joint meeting (网格党建联席会议) of a community, which agrees projects and
 * dispatches them as work orders, and the resident consultation meeting (居民恳谈会), held session after
 * session on one project until the residents agree.
 *
 * <p>Adding a session to a consultation that has already agreed is a business refusal, returned as
 * a {@link org.gridgov.core.meeting.SessionOutcome.Refused}, not an exception.
 *
 * <p>Direction: this package depends on {@code lists}, {@code organisation}, {@code people}, {@code
 * territory}, {@code calendar} and {@code common}, and on {@code workorder} for the work order id
 * alone; no domain package depends on it. Every type here is immutable and safe to share between
 * threads.
 */
package org.gridgov.core.meeting;
