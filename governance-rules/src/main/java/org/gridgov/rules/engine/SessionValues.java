package org.gridgov.rules.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Where a rule's code lets a value of the rule session go (the knowledge helper {@code drools}, a
 * fact handle, the rule): such a value may only be the receiver of the session's own members, which
 * {@link RuleBytecode} allows one by one. Kept in a variable, it is followed by its type; passed to
 * a method, stored in a field or an array, returned, captured by a lambda or called through {@code
 * Object}'s members, it is refused, since code the check cannot see could then use it.
 */
final class SessionValues {

  /** What {@link #escapes} gives where the analyser cannot follow the code, in place of a type. */
  static final String UNTRACED = "";

  private SessionValues() {}

  /**
   * The types of the session a rule's code is given: the knowledge helper, the rule context, the
   * rule, and fact handles. Other types of Drools and Kie are out of its reach, since the members
   * that would return them are refused.
   */
  private static final Set<String> SESSION_TYPES =
      Set.of(
          "org/drools/core/rule/consequence/KnowledgeHelper",
          "org/drools/base/rule/consequence/ConsequenceContext",
          "org/kie/api/runtime/rule/RuleContext",
          "org/kie/api/definition/rule/Rule",
          "org/kie/api/runtime/rule/FactHandle",
          "org/drools/core/common/InternalFactHandle",
          "org/drools/core/common/DefaultFactHandle");

  /** Whether a type is one of the rule session's that a rule's code is given. */
  static boolean sessionType(Type t) {
    return t != null && t.getSort() == Type.OBJECT && SESSION_TYPES.contains(t.getInternalName());
  }

  /**
   * The instructions of a method that let a session value go, each with the type it lets go.
   *
   * @param c the class
   * @param m one of its methods
   * @return by instruction, the session type it lets go, or {@link #UNTRACED}; empty if it lets
   *     none go
   */
  static Map<AbstractInsnNode, String> escapes(ClassNode c, MethodNode m) {
    Map<AbstractInsnNode, String> found = new HashMap<>();
    if (m.instructions.size() == 0) {
      return found;
    }
    Frame<BasicValue>[] frames;
    try {
      frames = new Analyzer<>(new Typed()).analyze(c.name, m);
    } catch (AnalyzerException e) {
      // code the analyser cannot follow lets nothing be proved: every session value escapes
      for (AbstractInsnNode in : m.instructions) {
        if (in.getOpcode() == Opcodes.ALOAD) {
          found.put(in, UNTRACED);
          return found;
        }
      }
      return found;
    }
    int index = 0;
    for (AbstractInsnNode in : m.instructions) {
      Frame<BasicValue> frame = frames[index++];
      if (frame == null) {
        continue;
      }
      int op = in.getOpcode();
      if (in instanceof MethodInsnNode call) {
        int args = Type.getArgumentTypes(call.desc).length;
        for (int k = 0; k < args; k++) {
          note(found, in, top(frame, k));
        }
        if (op != Opcodes.INVOKESTATIC && !sessionOwner(call.owner)) {
          note(found, in, top(frame, args));
        }
      } else if (in instanceof InvokeDynamicInsnNode indy) {
        for (int k = 0; k < Type.getArgumentTypes(indy.desc).length; k++) {
          note(found, in, top(frame, k));
        }
      } else if (in instanceof FieldInsnNode
          && (op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC)) {
        note(found, in, top(frame, 0));
      } else if (op == Opcodes.AASTORE || op == Opcodes.ARETURN || op == Opcodes.ATHROW) {
        note(found, in, top(frame, 0));
      }
    }
    return found;
  }

  private static boolean sessionOwner(String owner) {
    return owner.startsWith("org/drools/") || owner.startsWith("org/kie/");
  }

  private static BasicValue top(Frame<BasicValue> frame, int fromTop) {
    int at = frame.getStackSize() - 1 - fromTop;
    return at >= 0 ? frame.getStack(at) : null;
  }

  private static void note(Map<AbstractInsnNode, String> found, AbstractInsnNode in, BasicValue v) {
    if (v != null && sessionType(v.getType())) {
      found.putIfAbsent(in, v.getType().getClassName());
    }
  }

  /**
   * The basic interpreter, keeping the type of each reference; where two paths meet with different
   * types, a session type wins, so that no join hides one.
   */
  private static final class Typed extends BasicInterpreter {

    Typed() {
      super(Opcodes.ASM9);
    }

    @Override
    public BasicValue newValue(Type type) {
      if (type != null && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
        return new BasicValue(type);
      }
      return super.newValue(type);
    }

    @Override
    public BasicValue merge(BasicValue a, BasicValue b) {
      if (a.equals(b)) {
        return a;
      }
      if (a.isReference() && b.isReference()) {
        if (sessionType(a.getType())) {
          return a;
        }
        return sessionType(b.getType()) ? b : BasicValue.REFERENCE_VALUE;
      }
      return BasicValue.UNINITIALIZED_VALUE;
    }

    @Override
    public BasicValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
      return insn.getOpcode() == Opcodes.ACONST_NULL
          ? BasicValue.REFERENCE_VALUE
          : super.newOperation(insn);
    }
  }
}
