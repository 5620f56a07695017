package org.gridgov.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.common.Message;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Verifies the bytecode the Java compiler made of integrator rule files: what runs, whatever its
 * spelling in the file. Every instruction that names a type or a member is checked against the
 * {@link RuleAllowList} by the types it touches, not by the names written:
 *
 * <ul>
 *   <li>a method or constructor is called, and a field read, only on an allowed type, and only if
 *       every type in its signature is allowed too, so that no chain of calls from an allowed value
 *       reaches a {@code Class}, a class loader, a stream or the session ({@code Integer.TYPE} is a
 *       {@code Class}, and is refused as one);
 *   <li>of the rule session, a consequence may call {@code insert(...)}, {@code insertLogical(...)}
 *       and {@code getRule()}, and of the rule {@code getName()} and {@code getPackageName()}:
 *       rules decide by inserting decisions, and nothing they reach changes the knowledge base, the
 *       session or a class loader; a value of the session is used only as the receiver of those
 *       members, never kept elsewhere or passed on ({@link SessionValues});
 *   <li>class literals, method handles, {@code synchronized}, writes to static fields and
 *       invokedynamic other than string concatenation and lambdas are refused;
 *   <li>to keep a call bounded: loops (any backward jump) and recursion among the file's functions
 *       and lambdas are refused, an array is made only with a constant size of at most {@value
 *       #MAX_ARRAY}, members that allocate or run without bound ({@code String.repeat}, {@code
 *       Collections.nCopies}, {@code Stream.iterate}, capacity constructors …) are refused, and a
 *       regular expression is a literal without nested or alternated repetition or back-references,
 *       so that matching it takes time linear in its input.
 * </ul>
 *
 * <p>The classes Drools generates from its own templates to call a rule's code (its invokers) are
 * checked against the Drools and Kie runtime instead: their shape is Drools', and the rule's code
 * they call is checked as above.
 */
final class RuleBytecode {

  /** Why a use of the rule session is refused. */
  private static final Message SESSION_ONLY = ProblemText.of("sessionOnly");

  /** The largest constant size of an array a rule may make. */
  static final int MAX_ARRAY = 1024;

  private static final String HELPER = "org/drools/core/rule/consequence/KnowledgeHelper";
  private static final String CONTEXT = "org/drools/base/rule/consequence/ConsequenceContext";
  private static final String RULE = "org/kie/api/definition/rule/Rule";
  private static final String FACT_HANDLE = "org/kie/api/runtime/rule/FactHandle";

  /** The members of the session types a rule may use, by owner, name and descriptor prefix. */
  private static final Set<String> SESSION_MEMBERS =
      Set.of(
          HELPER + ".insert(Ljava/lang/Object;)",
          HELPER + ".insertLogical(Ljava/lang/Object;)",
          HELPER + ".getRule()",
          "org/kie/api/runtime/rule/RuleContext.getRule()",
          RULE + ".getName()",
          RULE + ".getPackageName()");

  /**
   * What Drools' own templates write into a rule's class next to its code, by owner and name: the
   * accumulate template wraps a value as a field value.
   */
  private static final Set<String> TEMPLATE_MEMBERS =
      Set.of(
          "org/drools/mvel/field/FieldFactory.getInstance",
          "org/drools/mvel/field/FieldFactory.getFieldValue");

  /**
   * Members that would allocate or run without bound, or change the process, on any owner, with the
   * key of what they do under {@code rule.use.unbounded.}.
   */
  private static final Map<String, String> UNBOUNDED =
      Map.ofEntries(
          Map.entry("java/lang/String.repeat", "allocates"),
          Map.entry("java/lang/StringBuilder.repeat", "allocates"),
          Map.entry("java/lang/StringBuilder.setLength", "allocates"),
          Map.entry("java/lang/StringBuilder.ensureCapacity", "allocates"),
          Map.entry("java/util/Collections.nCopies", "allocates"),
          Map.entry("java/util/Arrays.copyOf", "allocates"),
          Map.entry("java/util/Arrays.copyOfRange", "allocates"),
          Map.entry("java/util/ArrayList.ensureCapacity", "allocates"),
          Map.entry("java/util/Vector.setSize", "allocates"),
          Map.entry("java/util/BitSet.set", "allocates"),
          Map.entry("java/math/BigInteger.pow", "allocates"),
          Map.entry("java/math/BigInteger.shiftLeft", "allocates"),
          Map.entry("java/math/BigInteger.setBit", "allocates"),
          Map.entry("java/math/BigDecimal.pow", "allocates"),
          Map.entry("java/math/BigDecimal.setScale", "allocates"),
          Map.entry("java/math/BigDecimal.movePointLeft", "allocates"),
          Map.entry("java/math/BigDecimal.movePointRight", "allocates"),
          Map.entry("java/math/BigDecimal.scaleByPowerOfTen", "allocates"),
          Map.entry("java/util/stream/Stream.iterate", "runs"),
          Map.entry("java/util/stream/Stream.generate", "runs"),
          Map.entry("java/util/stream/IntStream.iterate", "runs"),
          Map.entry("java/util/stream/IntStream.generate", "runs"),
          Map.entry("java/util/stream/IntStream.range", "runs"),
          Map.entry("java/util/stream/IntStream.rangeClosed", "runs"),
          Map.entry("java/util/stream/LongStream.iterate", "runs"),
          Map.entry("java/util/stream/LongStream.generate", "runs"),
          Map.entry("java/util/stream/LongStream.range", "runs"),
          Map.entry("java/util/stream/LongStream.rangeClosed", "runs"),
          Map.entry("java/util/stream/DoubleStream.iterate", "runs"),
          Map.entry("java/util/stream/DoubleStream.generate", "runs"),
          Map.entry("java/util/Random.ints", "runs"),
          Map.entry("java/util/Random.longs", "runs"),
          Map.entry("java/util/Random.doubles", "runs"),
          Map.entry("java/lang/Object.wait", "blocks"),
          Map.entry("java/lang/Object.notify", "monitor"),
          Map.entry("java/lang/Object.notifyAll", "monitor"),
          Map.entry("java/lang/Integer.getInteger", "properties"),
          Map.entry("java/lang/Long.getLong", "properties"),
          Map.entry("java/lang/Boolean.getBoolean", "properties"),
          Map.entry("java/util/Locale.setDefault", "locale"),
          Map.entry("java/util/TimeZone.setDefault", "timeZone"));

  /** Methods whose String argument, counted from the last, is a regular expression. */
  private static final Map<String, Integer> REGEX_ARGUMENT =
      Map.ofEntries(
          Map.entry("java/lang/String.matches(Ljava/lang/String;)Z", 0),
          Map.entry("java/lang/String.replaceAll(Ljava/lang/String;Ljava/lang/String;)", 1),
          Map.entry("java/lang/String.replaceFirst(Ljava/lang/String;Ljava/lang/String;)", 1),
          Map.entry("java/lang/String.split(Ljava/lang/String;)", 0),
          Map.entry("java/lang/String.split(Ljava/lang/String;I)", 1),
          Map.entry("java/lang/String.splitWithDelimiters(Ljava/lang/String;I)", 1),
          Map.entry("java/util/regex/Pattern.compile(Ljava/lang/String;)", 0),
          Map.entry("java/util/regex/Pattern.compile(Ljava/lang/String;I)", 1),
          Map.entry(
              "java/util/regex/Pattern.matches(Ljava/lang/String;Ljava/lang/CharSequence;)", 1));

  /**
   * One refused use: the class and Java line it is at, what it does, why it is refused (null: it is
   * not on the allow-list) and the words that find its line in the rule file ({@code |} between).
   */
  record Finding(
      String className, String method, int line, Message use, Message why, String search) {}

  private final RuleAllowList allowed;
  private final ClassLoader loader;
  private final Set<String> declaredTypes;
  private final Map<String, ClassNode> classes = new LinkedHashMap<>();
  private final Map<String, Optional<Class<?>>> loaded = new HashMap<>();

  /**
   * A verifier for one compilation.
   *
   * @param allowed what the rules may use
   * @param loader a loader that knows the compilation's own classes (declared types) and the host's
   * @param declaredTypes the types the files declare, by binary name, which rules may use
   */
  RuleBytecode(RuleAllowList allowed, ClassLoader loader, Set<String> declaredTypes) {
    this.allowed = allowed;
    this.loader = loader;
    this.declaredTypes = Set.copyOf(declaredTypes);
  }

  /**
   * Verifies the classes of one compilation.
   *
   * @param bytecode the classes by internal or binary name ({@code a/b/C.class} or {@code a.b.C})
   * @return each refused use; empty if the classes keep to the list
   */
  List<Finding> verify(Map<String, byte[]> bytecode) {
    for (byte[] bytes : bytecode.values()) {
      ClassNode node = new ClassNode();
      new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
      classes.put(node.name, node);
    }
    List<Finding> findings = new ArrayList<>();
    for (ClassNode c : classes.values()) {
      boolean invoker = invoker(c);
      for (MethodNode m : c.methods) {
        if (invoker) {
          invokerMethod(c, m, findings);
        } else {
          method(c, m, findings);
        }
      }
    }
    recursion(findings);
    return findings;
  }

  /**
   * A class Drools generated from its invoker templates: named after a rule class of the
   * compilation with the suffix Invoker (a rule's class ends in digits, a function's class
   * implements nothing), not nested, implementing Drools' interfaces only.
   */
  private boolean invoker(ClassNode c) {
    String simple = c.name.substring(c.name.lastIndexOf('/') + 1);
    return simple.startsWith("Rule_")
        && simple.endsWith("Invoker")
        && c.outerClass == null
        && c.nestHostClass == null
        && c.interfaces.stream().anyMatch(i -> i.startsWith("org/drools/"))
        && c.interfaces.stream()
            .allMatch(i -> i.startsWith("org/drools/") || i.startsWith("java/io/"));
  }

  /** An invoker calls the rule's code and Drools' runtime; nothing outside them. */
  private void invokerMethod(ClassNode c, MethodNode m, List<Finding> findings) {
    int line = 0;
    for (AbstractInsnNode in : m.instructions) {
      if (in instanceof LineNumberNode ln) {
        line = ln.line;
      } else if (in instanceof MethodInsnNode call) {
        String owner = call.owner;
        if (!(owner.startsWith("org/drools/")
            || owner.startsWith("org/kie/")
            || classes.containsKey(owner)
            || owner.equals("java/lang/Object")
            || owner.equals("java/lang/String")
            || owner.startsWith("java/lang/") && isBox(owner))) {
          findings.add(
              new Finding(
                  c.name,
                  m.name,
                  line,
                  CodeUse.of("callsMember", dotted(owner) + "." + call.name),
                  null,
                  call.name));
        }
      } else if (in instanceof InvokeDynamicInsnNode indy && !invokerDynamic(indy)) {
        findings.add(new Finding(c.name, m.name, line, CodeUse.of("invokedynamic"), null, ""));
      }
    }
  }

  /** String concatenation, or a lambda whose code is Drools' or the compilation's own. */
  private boolean invokerDynamic(InvokeDynamicInsnNode indy) {
    String bsm = indy.bsm.getOwner();
    if (bsm.equals("java/lang/invoke/StringConcatFactory")) {
      return true;
    }
    if (bsm.equals("java/lang/invoke/LambdaMetafactory")
        && indy.bsmArgs.length > 1
        && indy.bsmArgs[1] instanceof Handle h) {
      return h.getOwner().startsWith("org/drools/") || classes.containsKey(h.getOwner());
    }
    return false;
  }

  private static boolean isBox(String owner) {
    return Set.of(
            "java/lang/Boolean",
            "java/lang/Integer",
            "java/lang/Long",
            "java/lang/Double",
            "java/lang/Float",
            "java/lang/Short",
            "java/lang/Byte",
            "java/lang/Character",
            "java/lang/Number")
        .contains(owner);
  }

  private void method(ClassNode c, MethodNode m, List<Finding> findings) {
    Frame<SourceValue>[] frames = frames(c, m);
    Map<AbstractInsnNode, String> escapes = SessionValues.escapes(c, m);
    int line = 0;
    Map<LabelNode, Integer> labels = new HashMap<>();
    int index = 0;
    for (AbstractInsnNode in : m.instructions) {
      if (in instanceof LabelNode l) {
        labels.put(l, index);
      }
      index++;
    }
    index = 0;
    for (AbstractInsnNode in : m.instructions) {
      int at = index++;
      if (in instanceof LineNumberNode ln) {
        line = ln.line;
        continue;
      }
      Frame<SourceValue> frame = frames == null ? null : frames[at];
      Check check = new Check(c, m, line, findings);
      String escaping = escapes.get(in);
      // a session type the host allowed may go where it likes, as any allowed type
      if (escaping != null
          && (escaping.equals(SessionValues.UNTRACED)
              || !typeAllowed(escaping.replace('.', '/')))) {
        check.add(
            CodeUse.of(
                "sessionValue",
                escaping.equals(SessionValues.UNTRACED) ? CodeUse.of("untraced") : escaping),
            SESSION_ONLY,
            "drools|kcontext|insert|insertLogical|getRule");
      }
      if (in instanceof MethodInsnNode call) {
        check.call(call, frame);
      } else if (in instanceof FieldInsnNode field) {
        check.field(field);
      } else if (in instanceof TypeInsnNode type) {
        check.type(type, frame);
      } else if (in instanceof LdcInsnNode ldc) {
        check.literal(ldc.cst);
      } else if (in instanceof InvokeDynamicInsnNode indy) {
        check.dynamic(indy);
      } else if (in instanceof MultiANewArrayInsnNode multi) {
        check.add(CodeUse.of("multiArray", multi.dims), "new");
      } else if (in.getOpcode() == Opcodes.NEWARRAY) {
        check.arraySize(frame, "new");
      } else if (in instanceof JumpInsnNode jump) {
        Integer target = labels.get(jump.label);
        if (target != null && target < at) {
          check.add(CodeUse.of("loops"), "while|for|do");
        }
      } else if (in instanceof TableSwitchInsnNode table) {
        backwards(check, labels, at, table.dflt, table.labels);
      } else if (in instanceof LookupSwitchInsnNode lookup) {
        backwards(check, labels, at, lookup.dflt, lookup.labels);
      } else if (in.getOpcode() == Opcodes.MONITORENTER) {
        check.add(CodeUse.of("synchronized"), "synchronized");
      }
    }
  }

  private static void backwards(
      Check check, Map<LabelNode, Integer> labels, int at, LabelNode dflt, List<LabelNode> ls) {
    List<LabelNode> all = new ArrayList<>(ls);
    all.add(dflt);
    for (LabelNode l : all) {
      Integer target = labels.get(l);
      if (target != null && target < at) {
        check.add(CodeUse.of("switchLoops"), "switch");
        return;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Frame<SourceValue>[] frames(ClassNode c, MethodNode m) {
    if (m.instructions.size() == 0) {
      return null;
    }
    try {
      return new Analyzer<>(new SourceInterpreter()).analyze(c.name, m);
    } catch (AnalyzerException e) {
      return null;
    }
  }

  /** The checks of one instruction, at its class, method and line. */
  private final class Check {
    private final ClassNode c;
    private final MethodNode m;
    private final int line;
    private final List<Finding> findings;

    Check(ClassNode c, MethodNode m, int line, List<Finding> findings) {
      this.c = c;
      this.m = m;
      this.line = line;
      this.findings = findings;
    }

    void add(Message use, String search) {
      add(use, null, search);
    }

    void add(Message use, Message why, String search) {
      findings.add(new Finding(c.name, m.name, line, use, why, search));
    }

    void call(MethodInsnNode call, Frame<SourceValue> frame) {
      String member = call.owner + "." + call.name;
      Message shown = describe(call.owner, call.name, call.name.equals("<init>"));
      if (classes.containsKey(call.owner)
          || call.owner.equals(c.name)
          || declaredTypes.contains(dotted(call.owner))) {
        return; // the compilation's own code: checked itself, and for recursion; declared beans
      }
      if (sessionOwner(call.owner)) {
        String key = member + call.desc.substring(0, call.desc.indexOf(')') + 1);
        if (!SESSION_MEMBERS.contains(key) && !TEMPLATE_MEMBERS.contains(member)) {
          add(CodeUse.of("reachesSession", shown), SESSION_ONLY, call.name);
        }
        return;
      }
      String unbounded = UNBOUNDED.get(member);
      if (unbounded != null) {
        add(CodeUse.of("unbounded." + unbounded, shown), call.name);
        return;
      }
      if (call.name.equals("<init>")
          && isCapacityConstructor(call)
          && !constantArguments(frame, Type.getArgumentTypes(call.desc).length)) {
        add(CodeUse.of("capacity", shown), simple(call.owner));
        return;
      }
      if (!typeAllowed(call.owner)) {
        add(notAllowed(shown, call.owner), name(call));
        return;
      }
      for (Type t : signature(call.desc)) {
        if (!typeAllowed(t)) {
          add(CodeUse.reaches(shown, t.getClassName()), call.name);
          return;
        }
      }
      Integer regex = REGEX_ARGUMENT.get(member + prefix(call.desc, member));
      if (regex != null) {
        regex(frame, regex, shown, call.name);
      }
    }

    private String prefix(String desc, String member) {
      for (String k : REGEX_ARGUMENT.keySet()) {
        if (k.startsWith(member + "(") && (member + desc).startsWith(k)) {
          return k.substring(member.length());
        }
      }
      return "";
    }

    private String name(MethodInsnNode call) {
      return call.name.equals("<init>") ? simple(call.owner) : call.name;
    }

    void field(FieldInsnNode field) {
      String shown = dotted(field.owner) + "." + field.name;
      if (field.getOpcode() == Opcodes.PUTSTATIC && !m.name.equals("<clinit>")) {
        add(CodeUse.of("staticField", shown), field.name);
        return;
      }
      if (classes.containsKey(field.owner) || field.owner.equals(c.name)) {
        return;
      }
      if (!typeAllowed(field.owner)) {
        add(notAllowed(CodeUse.uses(shown), field.owner), field.name);
        return;
      }
      Type t = Type.getType(field.desc);
      if (!typeAllowed(t)) {
        add(CodeUse.of("isA", shown, t.getClassName()), field.name);
      }
    }

    void type(TypeInsnNode type, Frame<SourceValue> frame) {
      String desc = type.desc;
      if (type.getOpcode() == Opcodes.ANEWARRAY) {
        arraySize(frame, "new");
      }
      if (type.getOpcode() == Opcodes.CHECKCAST && desc.equals(HELPER)) {
        return; // the consequence's own knowledge helper, as Drools passes it
      }
      Type t = desc.startsWith("[") ? Type.getType(desc) : Type.getObjectType(desc);
      if (!classes.containsKey(desc) && !typeAllowed(t)) {
        Message what =
            type.getOpcode() == Opcodes.NEW
                ? describe(desc, "<init>", true)
                : CodeUse.uses(t.getClassName());
        add(notAllowed(what, t), simple(desc));
      }
    }

    void literal(Object cst) {
      if (cst instanceof Type t) {
        add(
            CodeUse.of(
                "classLiteralReaches",
                t.getSort() == Type.METHOD
                    ? CodeUse.of("methodType")
                    : t.getClassName() + ".class"),
            "class");
      } else if (cst instanceof Handle || !(cst instanceof String || cst instanceof Number)) {
        add(CodeUse.of("constant", cst.getClass().getName()), "");
      }
    }

    void dynamic(InvokeDynamicInsnNode indy) {
      String bsm = indy.bsm.getOwner() + "." + indy.bsm.getName();
      switch (bsm) {
        case "java/lang/invoke/StringConcatFactory.makeConcatWithConstants" -> {}
        case "java/lang/invoke/LambdaMetafactory.metafactory",
            "java/lang/invoke/LambdaMetafactory.altMetafactory" -> {
          Handle target = (Handle) indy.bsmArgs[1];
          MethodInsnNode call =
              new MethodInsnNode(
                  Opcodes.INVOKESTATIC, target.getOwner(), target.getName(), target.getDesc());
          Type fn = Type.getReturnType(indy.desc);
          if (!typeAllowed(fn)) {
            add(CodeUse.of("lambda", fn.getClassName()), "->");
          }
          call(call, null);
        }
        default -> add(CodeUse.of("invokedynamicWith", dotted(bsm)), "");
      }
    }

    void arraySize(Frame<SourceValue> frame, String search) {
      Integer size = constantInt(frame, 0);
      if (size == null || size > MAX_ARRAY) {
        add(
            size == null ? CodeUse.of("arrayComputed") : CodeUse.of("arrayOf", size),
            ProblemText.of("arrayBound", MAX_ARRAY),
            search);
      }
    }

    private void regex(Frame<SourceValue> frame, int fromLast, Message shown, String search) {
      Object value = constant(frame, fromLast);
      if (!(value instanceof String pattern)) {
        add(CodeUse.of("regexComputed", shown), ProblemText.of("regexLiteral"), search);
        return;
      }
      RuleRegex.problem(pattern)
          .ifPresent(p -> add(CodeUse.of("regex", shown, pattern, p), search));
    }
  }

  private static boolean sessionOwner(String owner) {
    return owner.equals(HELPER)
        || owner.equals(CONTEXT)
        || owner.equals(RULE)
        || owner.equals(FACT_HANDLE)
        || owner.startsWith("org/drools/")
        || owner.startsWith("org/kie/");
  }

  private static boolean isCapacityConstructor(MethodInsnNode call) {
    return (call.owner.startsWith("java/util/") || call.owner.startsWith("java/lang/StringBuilder"))
        && Type.getArgumentTypes(call.desc).length > 0
        && Type.getArgumentTypes(call.desc)[0].getSort() == Type.INT;
  }

  /** The types of a signature: its return type and its parameters. */
  private static List<Type> signature(String desc) {
    List<Type> types = new ArrayList<>(List.of(Type.getArgumentTypes(desc)));
    types.add(Type.getReturnType(desc));
    return types;
  }

  /**
   * Whether the last {@code n} arguments on the stack before a call are all constants, numbers of
   * at most {@link #MAX_ARRAY}.
   */
  private static boolean constantArguments(Frame<SourceValue> frame, int n) {
    for (int i = 0; i < n; i++) {
      Object c = constant(frame, i);
      if (c == null || c instanceof Integer size && size > MAX_ARRAY) {
        return false;
      }
    }
    return true;
  }

  private static Integer constantInt(Frame<SourceValue> frame, int fromLast) {
    Object c = constant(frame, fromLast);
    return c instanceof Integer i ? i : null;
  }

  /** The constant that the stack value {@code fromLast} from the top comes from, or null. */
  private static Object constant(Frame<SourceValue> frame, int fromLast) {
    if (frame == null || frame.getStackSize() <= fromLast) {
      return null;
    }
    SourceValue v = frame.getStack(frame.getStackSize() - 1 - fromLast);
    if (v.insns.size() != 1) {
      return null;
    }
    AbstractInsnNode in = v.insns.iterator().next();
    int op = in.getOpcode();
    if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
      return op - Opcodes.ICONST_0;
    }
    if (in instanceof IntInsnNode i && (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH)) {
      return i.operand;
    }
    if (in instanceof LdcInsnNode ldc
        && (ldc.cst instanceof Integer || ldc.cst instanceof String)) {
      return ldc.cst;
    }
    return null;
  }

  /**
   * Refuses recursion: a cycle of calls among the compilation's own methods and lambdas. A call of
   * a functional interface's method (such as {@code Function.apply}) counts as a call of every
   * lambda and method reference of the compilation made for that interface and method, so that a
   * lambda cannot call itself through a variable, an array or a field that holds it.
   */
  private void recursion(List<Finding> findings) {
    Map<String, Set<String>> calls = new HashMap<>();
    Map<String, int[]> lines = new HashMap<>();
    Map<String, String> firstCallee = new HashMap<>();
    Map<String, Set<String>> lambdasByMethod = lambdasByInterfaceMethod();
    for (ClassNode c : classes.values()) {
      if (invoker(c)) {
        continue;
      }
      for (MethodNode m : c.methods) {
        String from = c.name + "." + m.name + m.desc;
        Set<String> to = calls.computeIfAbsent(from, k -> new HashSet<>());
        int line = 0;
        for (AbstractInsnNode in : m.instructions) {
          if (in instanceof LineNumberNode ln) {
            line = ln.line;
          } else if (in instanceof MethodInsnNode call && classes.containsKey(call.owner)) {
            to.add(call.owner + "." + call.name + call.desc);
            lines.putIfAbsent(from, new int[] {line});
            firstCallee.putIfAbsent(from, call.name);
          } else if (in instanceof MethodInsnNode call
              && lambdasByMethod.containsKey(call.owner + "." + call.name)) {
            to.addAll(lambdasByMethod.get(call.owner + "." + call.name));
            lines.putIfAbsent(from, new int[] {line});
            firstCallee.putIfAbsent(from, call.name);
          } else if (in instanceof InvokeDynamicInsnNode indy
              && indy.bsmArgs.length > 1
              && indy.bsmArgs[1] instanceof Handle h
              && classes.containsKey(h.getOwner())) {
            to.add(h.getOwner() + "." + h.getName() + h.getDesc());
            lines.putIfAbsent(from, new int[] {line});
          }
        }
      }
    }
    Set<String> reported = new HashSet<>();
    for (String start : calls.keySet()) {
      if (reaches(calls, start, start, new HashSet<>()) && reported.add(start)) {
        String owner = start.substring(0, start.indexOf('.'));
        String method = start.substring(start.indexOf('.') + 1, start.indexOf('('));
        findings.add(
            new Finding(
                owner,
                method,
                lines.getOrDefault(start, new int[] {0})[0],
                CodeUse.of("recursion"),
                ProblemText.of("countedSteps"),
                firstCallee.getOrDefault(start, method)));
      }
    }
  }

  /**
   * The lambdas and method references of the compilation's own code, by the interface and method
   * they implement, such as {@code java/util/function/Function.apply}.
   */
  private Map<String, Set<String>> lambdasByInterfaceMethod() {
    Map<String, Set<String>> byMethod = new HashMap<>();
    for (ClassNode c : classes.values()) {
      if (invoker(c)) {
        continue;
      }
      for (MethodNode m : c.methods) {
        for (AbstractInsnNode in : m.instructions) {
          if (in instanceof InvokeDynamicInsnNode indy
              && indy.bsmArgs.length > 1
              && indy.bsmArgs[1] instanceof Handle h
              && classes.containsKey(h.getOwner())) {
            String iface = Type.getReturnType(indy.desc).getInternalName();
            byMethod
                .computeIfAbsent(iface + "." + indy.name, k -> new HashSet<>())
                .add(h.getOwner() + "." + h.getName() + h.getDesc());
          }
        }
      }
    }
    return byMethod;
  }

  private static boolean reaches(
      Map<String, Set<String>> calls, String from, String target, Set<String> seen) {
    for (String next : calls.getOrDefault(from, Set.of())) {
      if (next.equals(target)) {
        return true;
      }
      if (seen.add(next) && reaches(calls, next, target, seen)) {
        return true;
      }
    }
    return false;
  }

  private boolean typeAllowed(String internalName) {
    return typeAllowed(Type.getObjectType(internalName));
  }

  private boolean typeAllowed(Type t) {
    Type e = t;
    while (e.getSort() == Type.ARRAY) {
      e = e.getElementType();
    }
    if (e.getSort() != Type.OBJECT) {
      return true;
    }
    if (classes.containsKey(e.getInternalName()) || declaredTypes.contains(e.getClassName())) {
      return true;
    }
    Optional<Class<?>> c = load(e.getClassName());
    return c.isPresent() && allowed.permits(c.get());
  }

  /** A use of a type not on the allow-list: as it is, or saying that no loader knows the type. */
  private Message notAllowed(Message use, String internalName) {
    return notAllowed(use, Type.getObjectType(internalName));
  }

  private Message notAllowed(Message use, Type t) {
    return load(t.getClassName()).isPresent() ? use : CodeUse.of("unknownClass", use);
  }

  private Optional<Class<?>> load(String name) {
    return loaded.computeIfAbsent(
        name,
        n -> {
          try {
            return Optional.of(Class.forName(n, false, loader));
          } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
          }
        });
  }

  private static Message describe(String owner, String name, boolean constructor) {
    return constructor
        ? CodeUse.creates(dotted(owner), simple(owner))
        : CodeUse.calls(dotted(owner), simple(owner) + "." + name);
  }

  private static String dotted(String internalName) {
    return internalName.replace('/', '.');
  }

  private static String simple(String internalName) {
    String s = internalName.substring(internalName.lastIndexOf('/') + 1);
    return s.substring(s.lastIndexOf('$') + 1);
  }
}
