package org.gridgov.core.architecture;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The public API of a module as text, one line a type and one a member, to freeze it: a test of
 * each module compares the API its classes have with the file checked in beside its tests, and
 * fails with the lines that differ. A change of the API on purpose is made by writing the file
 * again, with the system property {@value #UPDATE} set to {@code true}, and reviewing its diff.
 *
 * <p>The API is every public type written in the module's sources (not the classes a build step
 * generates, such as the compiled default rules) in its packages that are not internal, with its
 * public and protected members: constructors, methods and fields by their generic signatures;
 * nested types count when they are public or protected in a type that counts. Internal packages are
 * named in the file, as internal, and nothing of them is listed.
 *
 * @param module the module's name, as in {@code governance-rules}
 * @param classes the module's compiled main classes, such as {@code target/classes}
 * @param sources the module's main sources, such as {@code src/main/java}
 * @param file the checked-in file, such as {@code src/test/resources/api/governance-rules.api}
 * @param internal the internal packages (with their sub-packages), each with why it is internal
 */
public record PublicApi(
    String module, Path classes, Path sources, Path file, Map<String, String> internal) {

  /** The system property that writes the file again from the module's classes. */
  public static final String UPDATE = "gridgov.api.update";

  /**
   * The API of a module built by Maven, tested from its own folder.
   *
   * @param module the module's name
   * @param internal the internal packages, each with why it is internal
   * @return the API
   */
  public static PublicApi of(String module, Map<String, String> internal) {
    return new PublicApi(
        module,
        Path.of("target/classes"),
        Path.of("src/main/java"),
        Path.of("src/test/resources/api/" + module + ".api"),
        new TreeMap<>(internal));
  }

  /**
   * The API as the module's classes have it.
   *
   * @return the lines: a header, the internal packages, then each type followed by its members
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("# The public API of " + module + ", frozen by its PublicApiTest.");
    lines.add("# Written again with -D" + UPDATE + "=true; review the diff before committing it.");
    internal.forEach((pkg, why) -> lines.add("internal " + pkg + " -- " + why));
    for (Class<?> type : types()) {
      lines.add("");
      lines.add(declaration(type));
      lines.addAll(members(type));
    }
    return lines;
  }

  /**
   * Fails, with the lines that differ and how to write the file again, unless the checked-in file
   * holds the API the classes have; with {@value #UPDATE} set, writes the file instead.
   */
  public void assertUnchanged() {
    List<String> actual = lines();
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, actual, StandardCharsets.UTF_8);
        return;
      }
      List<String> frozen =
          Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
      if (frozen.equals(actual)) {
        return;
      }
      Set<String> was = new LinkedHashSet<>(frozen);
      Set<String> is = new LinkedHashSet<>(actual);
      StringBuilder diff = new StringBuilder();
      frozen.stream().filter(l -> !is.contains(l)).forEach(l -> diff.append("\n- ").append(l));
      actual.stream().filter(l -> !was.contains(l)).forEach(l -> diff.append("\n+ ").append(l));
      fail(
          "The public API of "
              + module
              + " is not the one frozen in "
              + file
              + " (- frozen, + now):"
              + (diff.length() == 0 ? "\n(the same lines in another order)" : diff)
              + "\nIf the change is meant, write the file again and review its diff:\n  mvn -B -o"
              + " -pl "
              + module
              + " -am test -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false -D"
              + UPDATE
              + "=true");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails, naming them, unless every package of the module's sources has a package-info.java. */
  public void assertEveryPackageDocumented() {
    try (Stream<Path> folders = Files.walk(sources)) {
      List<String> undocumented =
          folders
              .filter(Files::isDirectory)
              .filter(PublicApi::holdsJava)
              .filter(d -> !Files.isRegularFile(d.resolve("package-info.java")))
              .map(
                  d ->
                      sources
                          .relativize(d)
                          .toString()
                          .replace(d.getFileSystem().getSeparator(), "."))
              .sorted()
              .toList();
      if (!undocumented.isEmpty()) {
        fail("packages of " + module + " without a package-info.java: " + undocumented);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean holdsJava(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Class<?>> types() {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name =
            classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, PublicApi.class.getClassLoader());
        if (written(name) && exported(type) && visible(type)) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("a class of " + classes + " does not load: " + e, e);
    }
    return types;
  }

  /** Whether the class comes from a source file of the module rather than a generator. */
  private boolean written(String binaryName) {
    String topLevel =
        binaryName.contains("$") ? binaryName.substring(0, binaryName.indexOf('$')) : binaryName;
    return Files.isRegularFile(sources.resolve(topLevel.replace('.', '/') + ".java"));
  }

  private boolean exported(Class<?> type) {
    String pkg = type.getPackageName();
    return internal.keySet().stream().noneMatch(i -> pkg.equals(i) || pkg.startsWith(i + "."));
  }

  /** Whether code outside the module can name the type. */
  private static boolean visible(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    int m = type.getModifiers();
    Class<?> outer = type.getDeclaringClass();
    if (outer == null) {
      return Modifier.isPublic(m);
    }
    return visible(outer)
        && (Modifier.isPublic(m)
            || (Modifier.isProtected(m) && !Modifier.isFinal(outer.getModifiers())));
  }

  private static List<String> members(Class<?> type) {
    boolean extensible = !Modifier.isFinal(type.getModifiers()) && !type.isSealed();
    List<String> members = new ArrayList<>();
    List<Member> all = new ArrayList<>();
    all.addAll(List.of(type.getDeclaredFields()));
    all.addAll(List.of(type.getDeclaredConstructors()));
    all.addAll(List.of(type.getDeclaredMethods()));
    for (Member m : all) {
      int mod = m.getModifiers();
      boolean shown = Modifier.isPublic(mod) || (extensible && Modifier.isProtected(mod));
      if (!shown || m.isSynthetic() || (m instanceof Method method && method.isBridge())) {
        continue;
      }
      members.add("  " + signature(m));
    }
    members.sort(null);
    return members;
  }

  private static String signature(Member m) {
    return m instanceof Field f ? f.toGenericString() : ((Executable) m).toGenericString();
  }

  /**
   * A type's declaration as Java 17 writes it: later Javas add {@code sealed} and {@code
   * non-sealed}, which Java 17 leaves out, so the words are dropped to read alike on every Java the
   * build runs on.
   */
  private static String declaration(Class<?> type) {
    return type.toGenericString().replace("non-sealed ", "").replace("sealed ", "");
  }
}
