package org.gridgov.rules.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.PropertyMode;

/**
 * An order to route, flattened for the routing rules: what it is about, where, how far it reaches,
 * and which subjects the district has for it. The engine makes it from a work order and the
 * district; rules only read it.
 *
 * <p>Routing rules decide one order at a time from these fields (and the {@link Helper}s of its
 * community): two cases equal but for their order ids get the same proposals. More than that, the
 * proposals depend only on the fields the rules read: every accessor tells {@link Reads} when it is
 * called while a routing decision is traced, so that {@code Routing} learns, for each decision it
 * makes by firing the rules, which fields the rules looked at in what order, and reuses the
 * proposals for every later case that agrees on those fields, whatever its other fields hold; to
 * find them it works out only those fields of a later order, and makes the whole case only when the
 * rules must fire for it. A rule that reads a field to decide therefore makes that field part of
 * the reuse, and a rule that reads none of them is fired once. {@link #orderId()} is the exception:
 * it names the order the proposals are for and is never a reason for a different proposal.
 *
 * @param orderId the order's id
 * @param categoryCode the order's category code
 * @param topic what the category is about, from the category table
 * @param skill the skill a helper needs for this category, or empty text
 * @param matterKind power, autonomy or assistance
 * @param urgency routine, urgent or emergency
 * @param scope how far the issue reaches
 * @param compound the compound's id, or empty text when the order names no compound
 * @param propertyMode the compound's property mode; {@link PropertyMode#NONE} without a compound
 * @param beyondCommunityResources whether the community cannot settle it with its own resources
 * @param hasCompetentUnit whether the district names a unit competent for the category
 * @param hasPairedUnit whether a district unit is paired with the order's community
 * @param hasGridWorker whether the order's grid has a grid worker
 * @param grid the grid's code
 * @param community the community's code
 * @param street the street's code
 * @param reportedOutOfHours whether the order was reported outside office hours on the working
 *     calendar: on a weekend or holiday, or on a working day before, between or after its sessions
 */
public record RoutingCase(
    String orderId,
    String categoryCode,
    Topic topic,
    String skill,
    MatterKind matterKind,
    Urgency urgency,
    Scope scope,
    String compound,
    PropertyMode propertyMode,
    boolean beyondCommunityResources,
    boolean hasCompetentUnit,
    boolean hasPairedUnit,
    boolean hasGridWorker,
    String grid,
    String community,
    String street,
    boolean reportedOutOfHours) {

  /** Checks that nothing is missing. */
  public RoutingCase {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(matterKind, "matterKind");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(compound, "compound");
    Objects.requireNonNull(propertyMode, "propertyMode");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(street, "street");
  }

  /**
   * This case for another order.
   *
   * @param id the other order's id
   * @return the same case with that id
   */
  public RoutingCase forOrder(String id) {
    return new RoutingCase(
        id,
        categoryCode,
        topic,
        skill,
        matterKind,
        urgency,
        scope,
        compound,
        propertyMode,
        beyondCommunityResources,
        hasCompetentUnit,
        hasPairedUnit,
        hasGridWorker,
        grid,
        community,
        street,
        reportedOutOfHours);
  }

  /**
   * The case's categoryCode, noted as read when a decision is traced.
   *
   * @return the order's category code
   */
  @Override
  public String categoryCode() {
    Reads.note(Field.CATEGORY_CODE);
    return categoryCode;
  }

  /**
   * The case's topic, noted as read when a decision is traced.
   *
   * @return what the category is about
   */
  @Override
  public Topic topic() {
    Reads.note(Field.TOPIC);
    return topic;
  }

  /**
   * The case's skill, noted as read when a decision is traced.
   *
   * @return the skill a helper needs, or empty text
   */
  @Override
  public String skill() {
    Reads.note(Field.SKILL);
    return skill;
  }

  /**
   * The case's matterKind, noted as read when a decision is traced.
   *
   * @return power, autonomy or assistance
   */
  @Override
  public MatterKind matterKind() {
    Reads.note(Field.MATTER_KIND);
    return matterKind;
  }

  /**
   * The case's urgency, noted as read when a decision is traced.
   *
   * @return routine, urgent or emergency
   */
  @Override
  public Urgency urgency() {
    Reads.note(Field.URGENCY);
    return urgency;
  }

  /**
   * The case's scope, noted as read when a decision is traced.
   *
   * @return how far the issue reaches
   */
  @Override
  public Scope scope() {
    Reads.note(Field.SCOPE);
    return scope;
  }

  /**
   * The case's compound, noted as read when a decision is traced.
   *
   * @return the compound's id, or empty text
   */
  @Override
  public String compound() {
    Reads.note(Field.COMPOUND);
    return compound;
  }

  /**
   * The case's propertyMode, noted as read when a decision is traced.
   *
   * @return the compound's property mode
   */
  @Override
  public PropertyMode propertyMode() {
    Reads.note(Field.PROPERTY_MODE);
    return propertyMode;
  }

  /**
   * The case's beyondCommunityResources, noted as read when a decision is traced.
   *
   * @return whether the community cannot settle it with its own resources
   */
  @Override
  public boolean beyondCommunityResources() {
    Reads.note(Field.BEYOND_COMMUNITY_RESOURCES);
    return beyondCommunityResources;
  }

  /**
   * The case's hasCompetentUnit, noted as read when a decision is traced.
   *
   * @return whether the district names a unit competent for the category
   */
  @Override
  public boolean hasCompetentUnit() {
    Reads.note(Field.HAS_COMPETENT_UNIT);
    return hasCompetentUnit;
  }

  /**
   * The case's hasPairedUnit, noted as read when a decision is traced.
   *
   * @return whether a district unit is paired with the order's community
   */
  @Override
  public boolean hasPairedUnit() {
    Reads.note(Field.HAS_PAIRED_UNIT);
    return hasPairedUnit;
  }

  /**
   * The case's hasGridWorker, noted as read when a decision is traced.
   *
   * @return whether the order's grid has a grid worker
   */
  @Override
  public boolean hasGridWorker() {
    Reads.note(Field.HAS_GRID_WORKER);
    return hasGridWorker;
  }

  /**
   * The case's grid, noted as read when a decision is traced.
   *
   * @return the grid's code
   */
  @Override
  public String grid() {
    Reads.note(Field.GRID);
    return grid;
  }

  /**
   * The case's community, noted as read when a decision is traced.
   *
   * @return the community's code
   */
  @Override
  public String community() {
    Reads.note(Field.COMMUNITY);
    return community;
  }

  /**
   * The case's street, noted as read when a decision is traced.
   *
   * @return the street's code
   */
  @Override
  public String street() {
    Reads.note(Field.STREET);
    return street;
  }

  /**
   * The case's reportedOutOfHours, noted as read when a decision is traced.
   *
   * @return whether the order was reported outside office hours
   */
  @Override
  public boolean reportedOutOfHours() {
    Reads.note(Field.REPORTED_OUT_OF_HOURS);
    return reportedOutOfHours;
  }

  /**
   * Whether the order names a compound, noted as {@link Field#HAS_COMPOUND} when a decision is
   * traced.
   *
   * @return true if it does
   */
  public boolean hasCompound() {
    Reads.note(Field.HAS_COMPOUND);
    return !compound.isEmpty();
  }

  /**
   * The case as text; every field counts as read, since rules could decide on the text.
   *
   * @return the fields by name
   */
  @Override
  public String toString() {
    for (Field f : Field.ALL) {
      Reads.note(f);
    }
    return "RoutingCase[orderId="
        + orderId
        + ", categoryCode="
        + categoryCode
        + ", topic="
        + topic
        + ", skill="
        + skill
        + ", matterKind="
        + matterKind
        + ", urgency="
        + urgency
        + ", scope="
        + scope
        + ", compound="
        + compound
        + ", propertyMode="
        + propertyMode
        + ", beyondCommunityResources="
        + beyondCommunityResources
        + ", hasCompetentUnit="
        + hasCompetentUnit
        + ", hasPairedUnit="
        + hasPairedUnit
        + ", hasGridWorker="
        + hasGridWorker
        + ", grid="
        + grid
        + ", community="
        + community
        + ", street="
        + street
        + ", reportedOutOfHours="
        + reportedOutOfHours
        + "]";
  }

  /**
   * A field of a routing case that rules may read, with how to read its value. {@link
   * #HAS_COMPOUND} stands for {@link RoutingCase#hasCompound()}, which tells less than the compound
   * itself: rules that ask only whether there is a compound are reused across compounds.
   */
  public enum Field {
    /** The order's category code. */
    CATEGORY_CODE,
    /** What the category is about. */
    TOPIC,
    /** The skill a helper needs, or empty text. */
    SKILL,
    /** Power, autonomy or assistance. */
    MATTER_KIND,
    /** Routine, urgent or emergency. */
    URGENCY,
    /** How far the issue reaches. */
    SCOPE,
    /** The compound's id, or empty text. */
    COMPOUND,
    /** Whether the order names a compound. */
    HAS_COMPOUND,
    /** The compound's property mode. */
    PROPERTY_MODE,
    /** Whether the community cannot settle it with its own resources. */
    BEYOND_COMMUNITY_RESOURCES,
    /** Whether the district names a unit competent for the category. */
    HAS_COMPETENT_UNIT,
    /** Whether a district unit is paired with the order's community. */
    HAS_PAIRED_UNIT,
    /** Whether the order's grid has a grid worker. */
    HAS_GRID_WORKER,
    /** The grid's code. */
    GRID,
    /** The community's code. */
    COMMUNITY,
    /** The street's code. */
    STREET,
    /** Whether the order was reported outside office hours. */
    REPORTED_OUT_OF_HOURS;

    private static final Field[] ALL = values();

    /**
     * How many values the field can take when it is an enum or a boolean, or 0 for text.
     *
     * @return the number of slots of {@link #slotIn(RoutingCase)}
     */
    public int slots() {
      return switch (this) {
        case TOPIC -> Topic.values().length;
        case MATTER_KIND -> MatterKind.values().length;
        case URGENCY -> Urgency.values().length;
        case SCOPE -> Scope.values().length;
        case PROPERTY_MODE -> PropertyMode.values().length;
        case HAS_COMPOUND,
            BEYOND_COMMUNITY_RESOURCES,
            HAS_COMPETENT_UNIT,
            HAS_PAIRED_UNIT,
            HAS_GRID_WORKER,
            REPORTED_OUT_OF_HOURS ->
            2;
        case CATEGORY_CODE, SKILL, COMPOUND, GRID, COMMUNITY, STREET -> 0;
      };
    }

    /**
     * The field's value in a case as a small number, read without noting it: an enum constant's
     * ordinal, 1 for true and 0 for false.
     *
     * @param c the case
     * @return the slot, below {@link #slots()}
     * @throws UnsupportedOperationException if the field is text
     */
    public int slotIn(RoutingCase c) {
      return switch (this) {
        case TOPIC -> c.topic.ordinal();
        case MATTER_KIND -> c.matterKind.ordinal();
        case URGENCY -> c.urgency.ordinal();
        case SCOPE -> c.scope.ordinal();
        case PROPERTY_MODE -> c.propertyMode.ordinal();
        case HAS_COMPOUND -> c.compound.isEmpty() ? 0 : 1;
        case BEYOND_COMMUNITY_RESOURCES -> c.beyondCommunityResources ? 1 : 0;
        case HAS_COMPETENT_UNIT -> c.hasCompetentUnit ? 1 : 0;
        case HAS_PAIRED_UNIT -> c.hasPairedUnit ? 1 : 0;
        case HAS_GRID_WORKER -> c.hasGridWorker ? 1 : 0;
        case REPORTED_OUT_OF_HOURS -> c.reportedOutOfHours ? 1 : 0;
        case CATEGORY_CODE, SKILL, COMPOUND, GRID, COMMUNITY, STREET ->
            throw new UnsupportedOperationException(this + " is text");
      };
    }

    /**
     * The field's value in a case, read without noting it.
     *
     * @param c the case
     * @return the value: a string, an enum constant or a boolean
     */
    public Object valueIn(RoutingCase c) {
      return switch (this) {
        case CATEGORY_CODE -> c.categoryCode;
        case TOPIC -> c.topic;
        case SKILL -> c.skill;
        case MATTER_KIND -> c.matterKind;
        case URGENCY -> c.urgency;
        case SCOPE -> c.scope;
        case COMPOUND -> c.compound;
        case HAS_COMPOUND -> !c.compound.isEmpty();
        case PROPERTY_MODE -> c.propertyMode;
        case BEYOND_COMMUNITY_RESOURCES -> c.beyondCommunityResources;
        case HAS_COMPETENT_UNIT -> c.hasCompetentUnit;
        case HAS_PAIRED_UNIT -> c.hasPairedUnit;
        case HAS_GRID_WORKER -> c.hasGridWorker;
        case GRID -> c.grid;
        case COMMUNITY -> c.community;
        case STREET -> c.street;
        case REPORTED_OUT_OF_HOURS -> c.reportedOutOfHours;
      };
    }
  }

  /**
   * Which fields of routing cases the rules read, in the order they first read them, while the
   * current thread decides one case. Routing opens a trace around firing the rules for a case and
   * learns from it which fields the proposals depend on. Outside a trace the accessors note nothing
   * and cost one read of a shared counter.
   */
  public static final class Reads implements AutoCloseable {

    private static final ThreadLocal<Reads> CURRENT = new ThreadLocal<>();

    /** How many traces are open on any thread; accessors skip the thread-local when it is 0. */
    private static volatile int open;

    private final List<Field> fields = new ArrayList<>();
    private long seen;
    private boolean closed;

    private Reads() {}

    /**
     * Opens a trace on the current thread.
     *
     * @return the trace, to close when the decision is made
     * @throws IllegalStateException if a trace is open on this thread already
     */
    public static Reads trace() {
      if (CURRENT.get() != null) {
        throw new IllegalStateException("a routing case is traced on this thread already");
      }
      Reads reads = new Reads();
      CURRENT.set(reads);
      synchronized (Reads.class) {
        open++;
      }
      return reads;
    }

    static void note(Field field) {
      if (open == 0) {
        return;
      }
      Reads reads = CURRENT.get();
      if (reads != null) {
        reads.add(field);
      }
    }

    private void add(Field field) {
      long bit = 1L << field.ordinal();
      if ((seen & bit) == 0) {
        seen |= bit;
        fields.add(field);
      }
    }

    /**
     * The fields read so far, each once, in the order first read.
     *
     * @return the fields
     */
    public List<Field> fields() {
      return List.copyOf(fields);
    }

    /** Closes the trace; the fields stay readable. Closing twice does nothing. */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      CURRENT.remove();
      synchronized (Reads.class) {
        open--;
      }
    }
  }
}
