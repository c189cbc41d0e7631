# A small parser and evaluator: arithmetic expressions with variables, unary
# minus, powers, comparisons, conditional expressions and function calls are
# generated deterministically as text, tokenized by hand character by character,
# parsed by recursive descent with precedence climbing into AST node objects,
# then evaluated by a tree-walking visitor and by compiled closures, and the two
# results compared. Exercises string indexing and slicing, str methods
# (isdigit, isalpha), dict dispatch, class hierarchies, recursion, closures and
# exceptions.
import sys


class ParseError(Exception):
    pass


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return "Token(%s, %r)" % (self.kind, self.text)


OPERATORS = ("**", "<=", ">=", "==", "!=", "+", "-", "*", "/", "%", "(", ")",
             "<", ">", ",", "?", ":")


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j], i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    tokens.append(Token("op", op, i))
                    i += len(op)
                    break
            else:
                raise ParseError("bad character %r at %d" % (ch, i))
    tokens.append(Token("end", "", n))
    return tokens


class Node:
    pass


class Num(Node):
    def __init__(self, value):
        self.value = value

    def accept(self, visitor):
        return visitor.visit_num(self)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def accept(self, visitor):
        return visitor.visit_var(self)


class Unary(Node):
    def __init__(self, op, operand):
        self.op = op
        self.operand = operand

    def accept(self, visitor):
        return visitor.visit_unary(self)


class Binary(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def accept(self, visitor):
        return visitor.visit_binary(self)


class Cond(Node):
    def __init__(self, test, then, other):
        self.test = test
        self.then = then
        self.other = other

    def accept(self, visitor):
        return visitor.visit_cond(self)


class Call(Node):
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def accept(self, visitor):
        return visitor.visit_call(self)


BINARY_PRECEDENCE = {
    "<": 1, ">": 1, "<=": 1, ">=": 1, "==": 1, "!=": 1,
    "+": 2, "-": 2,
    "*": 3, "/": 3, "%": 3,
    "**": 5,
}
RIGHT_ASSOCIATIVE = {"**"}
UNARY_PRECEDENCE = 4


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise ParseError("expected %r at %d, found %r" % (text, tok.pos, tok.text))
        return tok

    def parse(self):
        node = self.expression()
        if self.peek().kind != "end":
            raise ParseError("trailing input at %d" % self.peek().pos)
        return node

    def expression(self):
        test = self.binary(0)
        if self.peek().text == "?":
            self.advance()
            then = self.expression()
            self.expect(":")
            other = self.expression()
            return Cond(test, then, other)
        return test

    def binary(self, min_prec):
        left = self.unary()
        while True:
            tok = self.peek()
            prec = BINARY_PRECEDENCE.get(tok.text) if tok.kind == "op" else None
            if prec is None or prec < min_prec:
                return left
            self.advance()
            next_min = prec if tok.text in RIGHT_ASSOCIATIVE else prec + 1
            right = self.binary(next_min)
            left = Binary(tok.text, left, right)

    def unary(self):
        tok = self.peek()
        if tok.text == "-":
            self.advance()
            return Unary("-", self.binary(UNARY_PRECEDENCE))
        return self.primary()

    def primary(self):
        tok = self.advance()
        if tok.kind == "num":
            return Num(int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.advance()
                args = []
                if self.peek().text != ")":
                    args.append(self.expression())
                    while self.peek().text == ",":
                        self.advance()
                        args.append(self.expression())
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == "(":
            node = self.expression()
            self.expect(")")
            return node
        raise ParseError("unexpected %r at %d" % (tok.text, tok.pos))


MODULUS = 1000000007


def floordiv(a, b):
    return a // b if b else 0


def modulo(a, b):
    return a % b if b else 0


def power(a, b):
    return pow(a, b % 16, MODULUS)


BINARY_FUNCTIONS = {
    "+": lambda a, b: (a + b) % MODULUS,
    "-": lambda a, b: (a - b) % MODULUS,
    "*": lambda a, b: (a * b) % MODULUS,
    "/": floordiv,
    "%": modulo,
    "**": power,
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
}

FUNCTIONS = {
    "max": lambda *args: max(args),
    "min": lambda *args: min(args),
    "sum": lambda *args: sum(args) % MODULUS,
}


class Evaluator:
    def __init__(self, env):
        self.env = env

    def visit_num(self, node):
        return node.value

    def visit_var(self, node):
        return self.env[node.name]

    def visit_unary(self, node):
        return (-node.operand.accept(self)) % MODULUS

    def visit_binary(self, node):
        return BINARY_FUNCTIONS[node.op](node.left.accept(self), node.right.accept(self))

    def visit_cond(self, node):
        if node.test.accept(self):
            return node.then.accept(self)
        return node.other.accept(self)

    def visit_call(self, node):
        return FUNCTIONS[node.name](*[a.accept(self) for a in node.args])


def compile_node(node):
    """Turn a tree into nested closures taking the environment."""
    if isinstance(node, Num):
        value = node.value
        return lambda env: value
    if isinstance(node, Var):
        name = node.name
        return lambda env: env[name]
    if isinstance(node, Unary):
        inner = compile_node(node.operand)
        return lambda env: (-inner(env)) % MODULUS
    if isinstance(node, Binary):
        fn = BINARY_FUNCTIONS[node.op]
        left = compile_node(node.left)
        right = compile_node(node.right)
        return lambda env: fn(left(env), right(env))
    if isinstance(node, Cond):
        test = compile_node(node.test)
        then = compile_node(node.then)
        other = compile_node(node.other)
        return lambda env: then(env) if test(env) else other(env)
    if isinstance(node, Call):
        fn = FUNCTIONS[node.name]
        args = [compile_node(a) for a in node.args]
        return lambda env: fn(*[a(env) for a in args])
    raise TypeError("unknown node %r" % (node,))


class Generator:
    """Makes random expression text from a linear congruential generator."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) % n

    def expr(self, depth):
        r = self.below(12) if depth > 0 else self.below(3)
        if r == 0:
            return str(self.below(1000))
        if r == 1:
            return "xyzw"[self.below(4)]
        if r == 2:
            return str(self.below(10))
        if r == 3:
            return "-" + self.expr(depth - 1)
        if r == 4:
            return "(" + self.expr(depth - 1) + ")"
        if r == 5:
            return "%s ? %s : %s" % (self.expr(depth - 1), self.expr(depth - 1), self.expr(depth - 1))
        if r == 6:
            name = ("max", "min", "sum")[self.below(3)]
            args = [self.expr(depth - 1) for _ in range(1 + self.below(3))]
            return name + "(" + ", ".join(args) + ")"
        op = ("+", "-", "*", "/", "%", "**", "<", "<=", "==", "!=", "+", "*")[self.below(12)]
        return "(%s %s %s)" % (self.expr(depth - 1), op, self.expr(depth - 1))


def main(count):
    gen = Generator(7)
    checksum = 0
    total_tokens = 0
    errors = 0
    longest = ""
    for i in range(count):
        src = gen.expr(5)
        if len(src) > len(longest):
            longest = src
        tokens = tokenize(src)
        total_tokens += len(tokens)
        tree = Parser(tokens).parse()
        fn = compile_node(tree)
        for k in range(4):
            env = {"x": i + k, "y": 3 * k + 1, "z": i % 17, "w": 12345}
            a = tree.accept(Evaluator(env))
            b = fn(env)
            if a != b:
                raise AssertionError("%s: %d != %d" % (src, a, b))
            checksum = (checksum * 31 + a) % MODULUS
    for bad in ("1 +", "(2 * 3", "4 $ 5", "max(1, )", "7 ? 8"):
        try:
            Parser(tokenize(bad)).parse()
        except ParseError as e:
            errors += 1
            print("error: %s" % e)
    print("expressions %d tokens %d checksum %d parse errors %d"
          % (count, total_tokens, checksum, errors))
    print("longest expression has %d characters" % len(longest))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15000)
