package org.gridgov.core.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.people.PersonId;

/**
 * The posts of a grid or community and who holds them. A claim is recorded only while the post has
 * room and the person does not already hold it; otherwise {@link #claim} returns a {@link
 * ClaimOutcome.Refused}.
 *
 * <p>Immutable: {@link #claim} and {@link #release} return a new board. Safe to share between
 * threads.
 */
public final class PostBoard {

  private final Map<ServicePostId, ServicePost> posts;
  private final List<PostClaim> claims;

  private PostBoard(Map<ServicePostId, ServicePost> posts, List<PostClaim> claims) {
    this.posts = posts;
    this.claims = claims;
  }

  /**
   * A board of posts nobody has claimed yet.
   *
   * @param posts the posts, with distinct ids
   * @return the board
   * @throws IllegalArgumentException if two posts share an id
   */
  public static PostBoard of(Collection<ServicePost> posts) {
    Map<ServicePostId, ServicePost> byId = new LinkedHashMap<>();
    for (ServicePost post : posts) {
      if (byId.putIfAbsent(post.id(), post) != null) {
        throw ValueRefusedException.of("refused.PostBoard.postBoardListsPost", post.id());
      }
    }
    return new PostBoard(Collections.unmodifiableMap(byId), List.of());
  }

  /**
   * Records a person's claim of a post, or says why it cannot be recorded.
   *
   * @param post the post
   * @param person the person
   * @param on the date
   * @return the new board and the claim, or a refusal: {@link ClaimRefusal#UNKNOWN_POST}, {@link
   *     ClaimRefusal#ALREADY_CLAIMED} or {@link ClaimRefusal#POST_FULL}
   */
  public ClaimOutcome claim(ServicePostId post, PersonId person, LocalDate on) {
    PostClaim claim = new PostClaim(post, person, on);
    ServicePost target = posts.get(post);
    if (target == null) {
      return new ClaimOutcome.Refused(
          ClaimRefusal.UNKNOWN_POST, Message.of(Messages.CORE, "refusal.claim.unknownPost", post));
    }
    if (holds(person, post)) {
      return new ClaimOutcome.Refused(
          ClaimRefusal.ALREADY_CLAIMED,
          Message.of(Messages.CORE, "refusal.claim.alreadyClaimed", person, post));
    }
    if (holders(post).size() >= target.capacity()) {
      return new ClaimOutcome.Refused(
          ClaimRefusal.POST_FULL,
          Message.of(
              Messages.CORE, "refusal.claim.postFull", post, String.valueOf(target.capacity())));
    }
    List<PostClaim> all = new ArrayList<>(claims);
    all.add(claim);
    return new ClaimOutcome.Claimed(new PostBoard(posts, List.copyOf(all)), claim);
  }

  /**
   * Releases a person from a post; the same board if the person did not hold it.
   *
   * @param post the post
   * @param person the person
   * @return a new board without the claim
   */
  public PostBoard release(ServicePostId post, PersonId person) {
    List<PostClaim> all = new ArrayList<>(claims);
    all.removeIf(c -> c.post().equals(post) && c.person().equals(person));
    return new PostBoard(posts, List.copyOf(all));
  }

  /**
   * A post of the board.
   *
   * @param post the post's id
   * @return the post, or empty
   */
  public Optional<ServicePost> post(ServicePostId post) {
    return Optional.ofNullable(posts.get(post));
  }

  /**
   * The people holding a post.
   *
   * @param post the post
   * @return the holders in the order they claimed it
   */
  public List<PersonId> holders(ServicePostId post) {
    return claims.stream().filter(c -> c.post().equals(post)).map(PostClaim::person).toList();
  }

  /**
   * Whether a person holds a post.
   *
   * @param person the person
   * @param post the post
   * @return true if the person's claim is recorded
   */
  public boolean holds(PersonId person, ServicePostId post) {
    return claims.stream().anyMatch(c -> c.post().equals(post) && c.person().equals(person));
  }

  /**
   * Room left on a post.
   *
   * @param post the post
   * @return capacity minus holders, or zero for an unknown post
   */
  public int vacancies(ServicePostId post) {
    ServicePost target = posts.get(post);
    return target == null ? 0 : target.capacity() - holders(post).size();
  }

  /**
   * All claims recorded.
   *
   * @return the claims in the order they were made
   */
  public List<PostClaim> claims() {
    return claims;
  }
}
