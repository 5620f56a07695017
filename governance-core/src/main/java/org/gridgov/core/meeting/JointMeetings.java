package org.gridgov.core.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.CommunityCode;

/**
 * The joint meetings of a district, one per community and quarter, with the quarters a community
 * missed.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class JointMeetings {

  private record Key(CommunityCode community, YearQuarter quarter) {}

  private final Map<Key, JointMeeting> meetings;

  private JointMeetings(Map<Key, JointMeeting> meetings) {
    this.meetings = meetings;
  }

  /**
   * The register of some meetings.
   *
   * @param meetings at most one per community and quarter
   * @return the register
   * @throws IllegalArgumentException if a community has two meetings in a quarter
   */
  public static JointMeetings of(Collection<JointMeeting> meetings) {
    Map<Key, JointMeeting> byKey = new HashMap<>();
    for (JointMeeting m : meetings) {
      if (byKey.putIfAbsent(new Key(m.community(), m.quarter()), m) != null) {
        throw ValueRefusedException.of(
            "refused.JointMeetings.communityHoldsJointMeeting", m.community(), m.quarter());
      }
    }
    return new JointMeetings(Map.copyOf(byKey));
  }

  /**
   * The meeting of a community in a quarter.
   *
   * @param community the community
   * @param quarter the quarter
   * @return the meeting, or empty if none was held
   */
  public Optional<JointMeeting> of(CommunityCode community, YearQuarter quarter) {
    return Optional.ofNullable(meetings.get(new Key(community, quarter)));
  }

  /**
   * The quarters in which a community held no joint meeting.
   *
   * @param community the community
   * @param first the first quarter to look at
   * @param last the last quarter to look at, not before the first
   * @return the quarters missed, in order
   * @throws IllegalArgumentException if the last quarter is before the first
   */
  public List<YearQuarter> missed(CommunityCode community, YearQuarter first, YearQuarter last) {
    if (last.compareTo(first) < 0) {
      throw ValueRefusedException.of("refused.JointMeetings.quartersRunFrom", first, last);
    }
    List<YearQuarter> missed = new ArrayList<>();
    for (YearQuarter q = first; q.compareTo(last) <= 0; q = q.next()) {
      if (!meetings.containsKey(new Key(community, q))) {
        missed.add(q);
      }
    }
    return List.copyOf(missed);
  }
}
