package org.gridgov.core.cycle;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.SubjectKind;

/**
 * The responsible subjects a community's projects can be dispatched to, one of each kind: its
 * committee, and where it has them its property company, owners' committee, paired unit and street.
 * The dispatch rules choose a kind; this directory names the subject.
 *
 * @param community the community
 * @param byKind the subject of each kind; the community committee is always present
 */
public record Subjects(CommunityCode community, Map<SubjectKind, ResponsibleSubject> byKind) {

  /** Checks that the kinds fit the subjects and the committee is present, and copies the map. */
  public Subjects {
    Objects.requireNonNull(community, "a directory of subjects is of a community");
    byKind = Map.copyOf(byKind);
    for (Map.Entry<SubjectKind, ResponsibleSubject> e : byKind.entrySet()) {
      if (e.getValue().kind() != e.getKey()) {
        throw ValueRefusedException.of(
            "refused.Subjects.subjectsList", community, e.getValue(), e.getKey());
      }
    }
    if (!byKind.containsKey(SubjectKind.COMMUNITY_COMMITTEE)) {
      throw ValueRefusedException.of(
          "refused.Subjects.subjectsIncludeCommunityCommittee", community);
    }
  }

  /**
   * The directory of a community's committee and more subjects.
   *
   * @param community the community
   * @param committee the committee
   * @param others more subjects, each of another kind
   * @return the directory
   * @throws IllegalArgumentException if two subjects are of one kind
   */
  public static Subjects of(
      CommunityCode community, ResponsibleSubject committee, ResponsibleSubject... others) {
    Map<SubjectKind, ResponsibleSubject> all = new EnumMap<>(SubjectKind.class);
    all.put(committee.kind(), committee);
    for (ResponsibleSubject s : others) {
      if (all.putIfAbsent(s.kind(), s) != null) {
        throw ValueRefusedException.of("refused.Subjects.subjectsNameTwo", community, s.kind());
      }
    }
    return new Subjects(community, all);
  }

  /**
   * The subject of a kind.
   *
   * @param kind the kind
   * @return it, or empty if the community has none
   */
  public Optional<ResponsibleSubject> find(SubjectKind kind) {
    return Optional.ofNullable(byKind.get(kind));
  }

  /**
   * Whether the community has a subject of a kind.
   *
   * @param kind the kind
   * @return true if it has one
   */
  public boolean has(SubjectKind kind) {
    return byKind.containsKey(kind);
  }
}
