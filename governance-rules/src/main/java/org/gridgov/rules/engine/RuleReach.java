package org.gridgov.rules.engine;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * The member names that lead from an allowed type to a type the allow-list leaves out: {@code TYPE}
 * (a field of {@code Integer} that is a {@code Class}), {@code getChronology}, and so on.
 *
 * <p>The conditions and {@code from} expressions of a rule are MVEL, which looks a member up by its
 * name on whatever value it has when the rule fires; no compiled code shows what it calls. So a
 * name is refused there wherever it appears after a dot, if any public member of that name of any
 * allowed class has a type (its result, or the field's type) outside the list. What a condition can
 * reach through names is then closed: from allowed values, only allowed values.
 */
final class RuleReach {

  private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

  private RuleReach() {}

  /**
   * The names, each with the type outside the list that a member of that name reaches.
   *
   * @param allowed the allow-list
   * @param loader where the allowed classes outside the JDK are found
   */
  static Map<String, String> of(RuleAllowList allowed, ClassLoader loader) {
    return CACHE.computeIfAbsent(allowed.toString(), k -> compute(allowed, loader));
  }

  private static Map<String, String> compute(RuleAllowList allowed, ClassLoader loader) {
    Map<String, String> reach = new TreeMap<>();
    for (Class<?> c : allowedClasses(allowed, loader)) {
      Method[] methods;
      Field[] fields;
      try {
        methods = c.getMethods();
        fields = c.getFields();
      } catch (LinkageError e) {
        continue;
      }
      for (Method m : methods) {
        Class<?> type = m.getReturnType();
        // a bridge, or a supertype of the receiver (Enum.valueOf, StringBuilder's
        // AbstractStringBuilder), gives back a value of an allowed class
        if (m.isBridge()
            || m.isSynthetic()
            || type.isAssignableFrom(c)
            || !Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        if (!allowed.permits(type)) {
          reach.putIfAbsent(m.getName(), m.getReturnType().getName());
        }
      }
      for (Field f : fields) {
        if (!allowed.permits(f.getType())) {
          reach.putIfAbsent(f.getName(), f.getType().getName());
        }
      }
    }
    return Collections.unmodifiableMap(reach);
  }

  /** The public classes the list allows, with their public nested classes. */
  private static Set<Class<?>> allowedClasses(RuleAllowList allowed, ClassLoader loader) {
    Set<Class<?>> classes = new LinkedHashSet<>();
    for (String entry : allowed.entries()) {
      List<String> names = new ArrayList<>(classNamesIn(entry, loader));
      names.add(entry);
      for (String name : names) {
        try {
          Class<?> c = Class.forName(name, false, loader);
          if (Modifier.isPublic(c.getModifiers()) && allowed.permits(c)) {
            classes.add(c);
            for (Class<?> nested : c.getClasses()) {
              if (allowed.permits(nested)) {
                classes.add(nested);
              }
            }
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // a package name, or a class this loader does not have
        }
      }
    }
    return classes;
  }

  /** The top-level classes directly in a package, from the JDK's modules or the class path. */
  private static List<String> classNamesIn(String pkg, ClassLoader loader) {
    List<String> names = new ArrayList<>();
    String path = pkg.replace('.', '/');
    if (pkg.startsWith("java.")) {
      try {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        Path packages = jrt.getPath("/packages", pkg);
        if (Files.isDirectory(packages)) {
          try (Stream<Path> modules = Files.list(packages)) {
            for (Path module : modules.toList()) {
              Path dir = jrt.getPath("/modules", module.getFileName().toString(), path);
              addClassFiles(dir, pkg, names);
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        // no jrt file system: the JDK's classes are left to the names the lists name
      }
      return names;
    }
    try {
      Enumeration<URL> urls = loader.getResources(path);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        if (url.getProtocol().equals("file")) {
          addClassFiles(Path.of(url.toURI()), pkg, names);
        } else if (url.getProtocol().equals("jar")) {
          URLConnection connection = url.openConnection();
          if (connection instanceof JarURLConnection jar) {
            for (JarEntry e : Collections.list(jar.getJarFile().entries())) {
              String n = e.getName();
              if (n.startsWith(path + "/")
                  && n.endsWith(".class")
                  && n.indexOf('/', path.length() + 1) < 0
                  && n.indexOf('$') < 0) {
                names.add(n.substring(0, n.length() - 6).replace('/', '.'));
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // a package that cannot be listed is left to the classes the list names
    }
    return names;
  }

  private static void addClassFiles(Path dir, String pkg, List<String> names) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (n.endsWith(".class") && n.indexOf('$') < 0 && !n.equals("module-info.class")) {
          names.add(pkg + "." + n.substring(0, n.length() - 6));
        }
      }
    }
  }
}
