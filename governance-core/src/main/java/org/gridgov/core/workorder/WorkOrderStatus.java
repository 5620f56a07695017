package org.gridgov.core.workorder;

/**
 * Where a work order stands in its lifecycle: reported, dispatched (派单), accepted (接单), in
 * progress, resolved, rated (评单) and closed (销号), with the side tracks returned (退单), suspended,
 * reopened and cancelled.
 *
 * <p>Escalation (上报) and supervision (督办) are not statuses: they are a level and a flag on the
 * order that change while it is open, whatever its status.
 *
 * <p>The transition table; every other command from every other status is refused (see {@link
 * WorkOrderCommand#allowedFrom()}):
 *
 * <table>
 *   <caption>Commands, the statuses they are legal from, and the status they lead to</caption>
 *   <tr><th>command</th><th>legal from</th><th>leads to</th></tr>
 *   <tr><td>report</td><td>(creates the order)</td><td>REPORTED</td></tr>
 *   <tr><td>dispatch</td><td>REPORTED, RETURNED</td><td>DISPATCHED</td></tr>
 *   <tr><td>accept</td><td>DISPATCHED</td><td>ACCEPTED</td></tr>
 *   <tr><td>start</td><td>ACCEPTED, REOPENED</td><td>IN_PROGRESS</td></tr>
 *   <tr><td>resolve</td><td>IN_PROGRESS</td><td>RESOLVED</td></tr>
 *   <tr><td>rate</td><td>RESOLVED</td>
 *       <td>RATED if satisfied or basically satisfied, REOPENED if unsatisfied</td></tr>
 *   <tr><td>close</td><td>RATED, RESOLVED (no rating came in time, as a rule decides)</td>
 *       <td>CLOSED</td></tr>
 *   <tr><td>return</td><td>DISPATCHED, ACCEPTED</td>
 *       <td>RETURNED, without assignee or deadlines</td></tr>
 *   <tr><td>suspend</td><td>REPORTED, RETURNED, DISPATCHED, ACCEPTED, IN_PROGRESS, REOPENED</td>
 *       <td>SUSPENDED</td></tr>
 *   <tr><td>resume</td><td>SUSPENDED</td><td>the status it was suspended from</td></tr>
 *   <tr><td>cancel</td><td>every status but CLOSED and CANCELLED</td><td>CANCELLED</td></tr>
 *   <tr><td>escalate</td><td>every status but CLOSED and CANCELLED, to a higher level</td>
 *       <td>unchanged</td></tr>
 *   <tr><td>supervise</td><td>every status but CLOSED and CANCELLED, once</td>
 *       <td>unchanged</td></tr>
 *   <tr><td>remind</td><td>DISPATCHED, ACCEPTED, IN_PROGRESS, REOPENED</td><td>unchanged</td></tr>
 *   <tr><td>revise deadlines</td><td>DISPATCHED, ACCEPTED, IN_PROGRESS, REOPENED</td><td>unchanged</td></tr>
 * </table>
 *
 * <p>{@link #CLOSED} and {@link #CANCELLED} are terminal: nothing is legal from them.
 */
public enum WorkOrderStatus {
  /** Reported and waiting to be routed. */
  REPORTED,
  /** 派单: dispatched to a responsible subject, waiting for it to accept. */
  DISPATCHED,
  /** 接单: accepted by the responsible subject. */
  ACCEPTED,
  /** Being worked on. */
  IN_PROGRESS,
  /** Done by the subject, waiting for the resident's rating. */
  RESOLVED,
  /** 评单: rated satisfied or basically satisfied, waiting to be closed. */
  RATED,
  /** 销号: closed in the ledger. Terminal. */
  CLOSED,
  /** 退单: sent back by a subject that is not responsible; to be dispatched again. */
  RETURNED,
  /** Suspended (挂起), for instance waiting for a resident or a season; resumes where it was. */
  SUSPENDED,
  /** Rated unsatisfied: back with the same subject, to be worked on again. */
  REOPENED,
  /** Cancelled as a duplicate, invalid, withdrawn or out of scope. Terminal. */
  CANCELLED;

  /**
   * Whether nothing more can happen to an order in this status.
   *
   * @return true for {@link #CLOSED} and {@link #CANCELLED}
   */
  public boolean isTerminal() {
    return this == CLOSED || this == CANCELLED;
  }

  /**
   * Whether an order in this status is still open, the ledger's "open".
   *
   * @return true unless terminal
   */
  public boolean isOpen() {
    return !isTerminal();
  }
}
