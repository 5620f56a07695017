/**
 * The host program of the embedding guide ({@code docs/EMBEDDING.md}): one engine with an audit
 * listener, a populated district, one work order reported, routed, dispatched with the deadlines of
 * the escalation rules, and the audit trail read back. {@link
 * org.gridgov.examples.embedding.EmbeddingExample} is the entry point.
 */
package org.gridgov.examples.embedding;
