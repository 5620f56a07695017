package org.gridgov.rules.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.reteoo.InitialFactImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What the rules of each concern of the default rules react to, computed once when the rules are
 * built and read at start. A concern is the rule packages under one package of {@code
 * org.gridgov.rules}: {@code routing}, {@code escalation}, {@code evaluation}.
 *
 * <p>A rule can fire only on an object of a type one of its patterns reads from working memory,
 * unless it can fire with no object at all (a rule that only says what must not exist, say). So a
 * concern whose rules all need an object, none of them of a type these facts, or the decisions the
 * rules make of them, are instances of, fires none of its rules on those facts; and the decisions
 * of the facts that only one concern reacts to are the same, in the same order, on that concern's
 * rules alone as on all the rules. The engine uses this to load and fire one concern's rules
 * instead of all of them ({@link ConcernBases}).
 *
 * <p>The file is text: its first line is the fingerprint of the default rule files it was computed
 * from (see {@link DefaultCatalogue}), then one line a rule package: the concern, the package, and
 * the types its rules read from working memory separated by commas, or {@code *} if a rule of the
 * package can fire without any object. The build writes it with {@link #main}; a file that is
 * missing or was written for other rule files is not used.
 */
final class RuleConcerns {

  /** Where the build writes the file, on the class path. */
  static final String RESOURCE = "org/gridgov/rules/default-concerns.tsv";

  private static final String ANY_OBJECT = "*";
  private static final String RULES_PACKAGE = "org.gridgov.rules.";

  /**
   * One rule package.
   *
   * @param concern the concern it belongs to
   * @param pkg the package
   * @param reactsTo the types its rules read from working memory; empty if {@code anyObject}
   * @param anyObject whether a rule of it can fire without any object
   */
  record PackageLine(String concern, String pkg, List<String> reactsTo, boolean anyObject) {

    /** Copies the list. */
    PackageLine {
      reactsTo = List.copyOf(reactsTo);
    }
  }

  private final List<String> concerns;
  private final Map<String, Integer> indexByPackage;
  private final long firesWithoutFacts;
  private final ClassValue<Long> reacting;

  private RuleConcerns(List<PackageLine> lines, List<Class<?>[]> types) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> byPackage = new LinkedHashMap<>();
    for (PackageLine line : lines) {
      if (!names.contains(line.concern())) {
        names.add(line.concern());
      }
      byPackage.put(line.pkg(), names.indexOf(line.concern()));
    }
    if (names.size() > Long.SIZE) {
      throw new IllegalStateException(
          RESOURCE + " names more than " + Long.SIZE + " concerns, got " + names.size());
    }
    long anyObject = 0;
    List<Class<?>> reactive = new ArrayList<>();
    List<Integer> concernOf = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int concern = byPackage.get(lines.get(i).pkg());
      if (lines.get(i).anyObject()) {
        anyObject |= 1L << concern;
      }
      for (Class<?> type : types.get(i)) {
        reactive.add(type);
        concernOf.add(concern);
      }
    }
    this.concerns = List.copyOf(names);
    this.indexByPackage = Map.copyOf(byPackage);
    this.firesWithoutFacts = anyObject;
    long always = anyObject;
    this.reacting =
        new ClassValue<>() {
          @Override
          protected Long computeValue(Class<?> type) {
            long mask = always;
            for (int i = 0; i < reactive.size(); i++) {
              if (reactive.get(i).isAssignableFrom(type)) {
                mask |= 1L << concernOf.get(i);
              }
            }
            return mask;
          }
        };
  }

  /** The concerns, in the order of the first package of each in the file. */
  List<String> concerns() {
    return concerns;
  }

  /**
   * The concern a rule package belongs to.
   *
   * @return its index in {@link #concerns()}, or -1 if the file does not name the package
   */
  int concernOf(String pkg) {
    return indexByPackage.getOrDefault(pkg, -1);
  }

  /**
   * The one concern that reacts to these facts.
   *
   * @return its index in {@link #concerns()}; -1 if none or more than one does, or a fact is null
   */
  int onlyConcernOf(Collection<?> facts) {
    long mask = firesWithoutFacts;
    for (Object fact : facts) {
      if (fact == null) {
        return -1;
      }
      mask |= reacting.get(fact.getClass());
    }
    return Long.bitCount(mask) == 1 ? Long.numberOfTrailingZeros(mask) : -1;
  }

  /** Whether a concern other than the given one reacts to the object. */
  boolean reactsOutside(int concern, Object object) {
    return (reacting.get(object.getClass()) & ~(1L << concern)) != 0;
  }

  /**
   * The file the build wrote, if it is on the class path, was computed from the default rule files
   * on the class path, and every type it names loads.
   *
   * @return what the concerns react to; empty to load and fire all the rules together
   */
  static Optional<RuleConcerns> read() {
    return RuleBase.resourceLines(RESOURCE).flatMap(RuleConcerns::read);
  }

  /**
   * What the lines of a file say, if they were written for the default rule files on the class
   * path.
   *
   * @param lines the fingerprint, then a rule package a line
   * @return what the concerns react to; empty if the fingerprint is not that of the default rule
   *     files
   * @throws IllegalStateException if a line does not read or names a type that does not load
   */
  static Optional<RuleConcerns> read(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(DefaultCatalogue.fingerprintLine())) {
      return Optional.empty();
    }
    List<PackageLine> packages = new ArrayList<>();
    List<Class<?>[]> types = new ArrayList<>();
    ClassLoader cl = RuleConcerns.class.getClassLoader();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      try {
        if (f.length != 3 || f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty()) {
          throw new IllegalArgumentException(
              "a line is the concern, the package and the types, separated by tabs");
        }
        boolean anyObject = f[2].equals(ANY_OBJECT);
        List<String> names = anyObject ? List.of() : List.of(f[2].split(","));
        Class<?>[] loaded = new Class<?>[names.size()];
        for (int t = 0; t < loaded.length; t++) {
          loaded[t] = Class.forName(names.get(t), false, cl);
        }
        packages.add(new PackageLine(f[0], f[1], names, anyObject));
        types.add(loaded);
      } catch (ClassNotFoundException | RuntimeException e) {
        throw new IllegalStateException(
            RESOURCE + " line " + (i + 1) + " (" + lines.get(i) + ") does not read: " + e, e);
      }
    }
    return Optional.of(new RuleConcerns(packages, types));
  }

  /**
   * Computes what each default rule package reacts to and writes the file.
   *
   * @param args the file to write, such as {@code target/classes/} followed by {@link #RESOURCE}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: RuleConcerns FILE, got " + args.length);
    }
    List<PackageLine> packages = new ArrayList<>();
    for (String model : RuleBase.modelClasses()) {
      InternalKnowledgeBase base =
          KieBaseBuilder.createKieBaseFromModel(RuleBase.models(List.of(model)));
      for (KiePackage pkg : base.getKiePackages()) {
        if (!pkg.getRules().isEmpty()) {
          packages.add(packageLine(base, pkg));
        }
      }
    }
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, lines(packages), StandardCharsets.UTF_8);
  }

  /** The file's lines, the fingerprint first. */
  static List<String> lines(List<PackageLine> packages) {
    List<String> lines = new ArrayList<>(packages.size() + 1);
    lines.add(DefaultCatalogue.fingerprintLine());
    for (PackageLine p : packages) {
      lines.add(
          p.concern()
              + "\t"
              + p.pkg()
              + "\t"
              + (p.anyObject() ? ANY_OBJECT : String.join(",", p.reactsTo())));
    }
    return lines;
  }

  /**
   * What one package of a knowledge base that holds only it reacts to: the type of each of its
   * object type nodes.
   */
  static PackageLine packageLine(InternalKnowledgeBase base, KiePackage pkg) {
    boolean anyObject = false;
    for (Rule rule : pkg.getRules()) {
      anyObject |= !needsAnObject(((RuleImpl) rule).getLhs());
    }
    TreeSet<String> types = new TreeSet<>();
    for (ObjectTypeNode node : base.getRete().getObjectTypeNodes()) {
      ObjectType type = node.getObjectType();
      if (!(type instanceof ClassObjectType c)) {
        anyObject = true; // a type that is not a class: react to everything
      } else if (c.getClassType() != InitialFactImpl.class) {
        types.add(c.getClassType().getName());
      }
    }
    return new PackageLine(
        concernNamed(pkg.getName()),
        pkg.getName(),
        anyObject ? List.of() : List.copyOf(types),
        anyObject);
  }

  /** The concern of a rule package: its first part under {@code org.gridgov.rules}. */
  static String concernNamed(String pkg) {
    if (!pkg.startsWith(RULES_PACKAGE)) {
      return pkg;
    }
    String rest = pkg.substring(RULES_PACKAGE.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /**
   * Whether a condition can hold only with an object in working memory. Anything but patterns on
   * working memory and the groups that join them is taken to hold without one, which at worst makes
   * a concern react to everything.
   */
  static boolean needsAnObject(RuleConditionElement condition) {
    if (condition instanceof Pattern p) {
      return (p.getSource() == null || p.getSource() instanceof EntryPointId)
          && !(p.getObjectType() instanceof ClassObjectType c
              && c.getClassType() == InitialFactImpl.class);
    }
    if (condition instanceof GroupElement g) {
      if (g.isAnd() || g.isExists()) {
        return g.getChildren().stream().anyMatch(RuleConcerns::needsAnObject);
      }
      if (g.isOr()) {
        return !g.getChildren().isEmpty()
            && g.getChildren().stream().allMatch(RuleConcerns::needsAnObject);
      }
    }
    return false;
  }
}
