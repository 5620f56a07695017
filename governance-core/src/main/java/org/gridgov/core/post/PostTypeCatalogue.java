package org.gridgov.core.post;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The post types a district uses. The report names seven types, three of them fixed; the other four
 * are local choices, so the catalogue is configurable: {@link #defaults()} gives a sensible seven
 * and {@link #of(Collection)} any other set.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class PostTypeCatalogue {

  /** 网格党建指导岗: guides the grid's Party organisation and its activities. */
  public static final PostType PARTY_BUILDING_GUIDANCE =
      new PostType(
          "PARTY_BUILDING_GUIDANCE",
          "网格党建指导岗 Party-building guidance",
          "Guides the grid Party organisation's study, activities and the registration of members.");

  /** 物业服务监督岗: supervises the property service of the grid's compounds. */
  public static final PostType PROPERTY_SERVICE_SUPERVISION =
      new PostType(
          "PROPERTY_SERVICE_SUPERVISION",
          "物业服务监督岗 property-service supervision",
          "Watches the property service of the compounds and carries residents' complaints to it.");

  /** 纾难帮困奉献岗: relieves hardship of households in difficulty. */
  public static final PostType HARDSHIP_RELIEF =
      new PostType(
          "HARDSHIP_RELIEF",
          "纾难帮困奉献岗 hardship relief",
          "Visits and helps households in difficulty, matching their needs to skills and resources.");

  /** 矛盾纠纷调解岗: a local choice; mediates neighbours' disputes before they escalate. */
  public static final PostType DISPUTE_MEDIATION =
      new PostType(
          "DISPUTE_MEDIATION",
          "矛盾纠纷调解岗 dispute mediation",
          "Mediates disputes between neighbours, owners and the property company early.");

  /** 一老一小关爱岗: a local choice; cares for the elderly living alone and for children. */
  public static final PostType ELDERLY_AND_CHILD_CARE =
      new PostType(
          "ELDERLY_AND_CHILD_CARE",
          "一老一小关爱岗 elderly and child care",
          "Visits elderly people living alone and looks after children left without care.");

  /** 环境文明巡查岗: a local choice; patrols the grid's environment and civility. */
  public static final PostType ENVIRONMENT_AND_CIVILITY_PATROL =
      new PostType(
          "ENVIRONMENT_AND_CIVILITY_PATROL",
          "环境文明巡查岗 environment and civility patrol",
          "Patrols for litter, waste sorting, illegal parking and uncivil behaviour.");

  /** 平安巡防岗: a local choice; inspects the grid for fire and other safety hazards. */
  public static final PostType SAFETY_INSPECTION =
      new PostType(
          "SAFETY_INSPECTION",
          "平安巡防岗 safety inspection",
          "Inspects corridors, e-bike charging and old wiring for fire and other safety hazards.");

  private static final PostTypeCatalogue DEFAULTS =
      of(
          List.of(
              PARTY_BUILDING_GUIDANCE,
              PROPERTY_SERVICE_SUPERVISION,
              HARDSHIP_RELIEF,
              DISPUTE_MEDIATION,
              ELDERLY_AND_CHILD_CARE,
              ENVIRONMENT_AND_CIVILITY_PATROL,
              SAFETY_INSPECTION));

  private final Map<String, PostType> byCode;

  private PostTypeCatalogue(Map<String, PostType> byCode) {
    this.byCode = byCode;
  }

  /**
   * The seven default post types: the three the report names (Party-building guidance,
   * property-service supervision, hardship relief) and four local ones (dispute mediation, elderly
   * and child care, environment and civility patrol, safety inspection).
   *
   * @return the default catalogue
   */
  public static PostTypeCatalogue defaults() {
    return DEFAULTS;
  }

  /**
   * A catalogue of some post types, in the order given.
   *
   * @param types one type or more, with distinct codes
   * @return the catalogue
   * @throws IllegalArgumentException if there is no type or two types share a code
   */
  public static PostTypeCatalogue of(Collection<PostType> types) {
    Map<String, PostType> byCode = new LinkedHashMap<>();
    for (PostType type : types) {
      if (byCode.putIfAbsent(type.code(), type) != null) {
        throw ValueRefusedException.of("refused.PostTypeCatalogue.codeTwice", type.code());
      }
    }
    if (byCode.isEmpty()) {
      throw ValueRefusedException.of("refused.PostTypeCatalogue.empty");
    }
    return new PostTypeCatalogue(Collections.unmodifiableMap(byCode));
  }

  /**
   * A post type by code.
   *
   * @param code the code
   * @return the type, or empty if the catalogue does not list it
   */
  public Optional<PostType> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Whether the catalogue lists a type.
   *
   * @param type the type
   * @return true if a type with its code and the same name and description is listed
   */
  public boolean contains(PostType type) {
    return type.equals(byCode.get(type.code()));
  }

  /**
   * The types, in catalogue order.
   *
   * @return the types
   */
  public List<PostType> types() {
    return List.copyOf(byCode.values());
  }

  /**
   * The number of types.
   *
   * @return one or more
   */
  public int size() {
    return byCode.size();
  }
}
