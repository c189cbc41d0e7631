// The Python half of _ctypes, run in the module's namespace by CtypesModule.create.
// swift-format-ignore-file

enum CtypesSource {
    static let text = #"""
# The Python half of _ctypes (see CtypesModule.swift): the ctypes types over the native
# primitives _ct_alloc, _ct_addr, _ct_get, _ct_set, _ct_copy, _ct_string_at, _ct_plan and
# _ct_call. A ctypes instance keeps its memory in _b_buf_ (a private buffer, or None when it
# lives in foreign memory or in _b_base_'s) at the address _b_addr_. Type information lives
# in class attributes: _ct_size_, _ct_align_, and _ct_code_ for simple types.

class ArgumentError(Exception):
    pass

ArgumentError.__module__ = 'ctypes'

_SIZES = {'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'f': 4, 'u': 4,
          'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'd': 8, 'z': 8, 'Z': 8, 'P': 8, 'O': 8, 'g': 16, 'v': 2}
_INT_CODES = 'bBhHiIlLqQ'
_FAST_CODES = 'dfzPbBhHiIlLqQ'
# Codes whose raw memory is passed as an integer of the same size.
_RAW_CODES = {'c': 'b', '?': 'B', 'u': 'i', 'z': 'P', 'Z': 'P', 'O': 'P'}
_UNSET = object()


def _wrap(cls, addr, base):
    """An instance of cls over memory at addr owned by base (or foreign memory)."""
    self = object.__new__(cls)
    self._b_buf_ = None
    self._b_addr_ = addr
    self._b_base_ = base
    self._b_needsfree_ = 0
    self._objects = None
    return self


def _keep(owner, obj):
    if owner is not None:
        if owner._objects is None:
            owner._objects = []
        owner._objects.append(obj)


def _is_simple(t):
    return isinstance(t, PyCSimpleType) and '_ct_code_' in t.__dict__ and t.__bases__[0] is _SimpleCData


def _normalise(code, value, owner):
    """The value _ct_set stores for a simple type code (CPython's setfunc checks)."""
    if code in _INT_CODES:
        if isinstance(value, int):
            return value
        index = getattr(type(value), '__index__', None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        return index(value)
    if code in 'fdg':
        if isinstance(value, (int, float)):
            return float(value)
        if hasattr(type(value), '__float__') or hasattr(type(value), '__index__'):
            return float(value)
        raise TypeError("must be real number, not %s" % type(value).__name__)
    if code in '?v':
        return bool(value)
    if code == 'c':
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return value[0]
        if isinstance(value, int) and 0 <= value < 256:
            return value
        raise TypeError("one character bytes, bytearray or integer expected")
    if code == 'u':
        if isinstance(value, str) and len(value) == 1:
            return ord(value)
        raise TypeError("one character unicode string expected")
    if code == 'z':
        if value is None or isinstance(value, int):
            return value
        if isinstance(value, bytes):
            _keep(owner, value)
            return value
        raise TypeError("bytes or integer address expected instead of %s instance" % type(value).__name__)
    if code == 'Z':
        if value is None or isinstance(value, int):
            return value
        if isinstance(value, str):
            buf = (c_wchar_type() * (len(value) + 1))()
            buf.value = value
            _keep(owner, buf)
            return buf._b_addr_
        raise TypeError("unicode string or integer address expected instead of %s instance" % type(value).__name__)
    if code == 'P':
        if value is None or isinstance(value, int):
            return value
        raise TypeError("cannot be converted to pointer")
    if code == 'O':
        _keep(owner, value)
        return value
    raise TypeError("unsupported type code")


def c_wchar_type():
    return _wchar_cache[0]

_wchar_cache = [None]


def _sget(t, addr):
    """The value of simple type t at addr (byte-swapped types, VARIANT_BOOL)."""
    code = t._ct_code_
    if code == 'v':
        return _ct_get('h', addr) != 0
    if t.__dict__.get('_ct_swapped_'):
        n = t._ct_size_
        tmp = _ct_alloc(n)
        _ct_copy(_ct_addr(tmp), _ct_string_at(addr, n, False)[::-1], n)
        return _ct_get(code, _ct_addr(tmp))
    return _ct_get(code, addr)


def _sset(t, addr, value):
    code = t._ct_code_
    if code == 'v':
        _ct_set('h', addr, -1 if value else 0)
    elif t.__dict__.get('_ct_swapped_'):
        n = t._ct_size_
        tmp = _ct_alloc(n)
        _ct_set(code, _ct_addr(tmp), value)
        _ct_copy(addr, _ct_string_at(_ct_addr(tmp), n, False)[::-1], n)
    else:
        _ct_set(code, addr, value)


def _read(t, addr, base):
    """The Python value of a field or item of type t at addr inside base."""
    if _is_simple(t):
        return _sget(t, addr)
    return _wrap(t, addr, base)


def _write(t, addr, value, owner):
    """Stores value as a t at addr (a field or item of owner)."""
    if _is_simple(t) or (isinstance(t, PyCSimpleType) and not isinstance(value, _CData)):
        _sset(t, addr, _normalise(t._ct_code_, value, owner))
        return
    if isinstance(value, t):
        _ct_copy(addr, value._b_addr_, t._ct_size_)
        _keep(owner, value._objects)
        return
    if isinstance(t, PyCPointerType):
        if isinstance(value, Array) and issubclass(type(value)._type_, t._type_):
            _ct_set('P', addr, value._b_addr_)
            _keep(owner, value)
            return
        if value is None:
            _ct_set('P', addr, 0)
            return
    if isinstance(t, (PyCStructType, UnionType)) and isinstance(value, tuple):
        tmp = t(*value)
        _ct_copy(addr, tmp._b_addr_, t._ct_size_)
        return
    if isinstance(t, PyCArrayType) and isinstance(value, (tuple, list)) and False:
        pass
    raise TypeError("incompatible types, %s instance instead of %s instance"
                    % (type(value).__name__, t.__name__))


class _CDataMeta(type):
    _ct_size_ = None

    def __mul__(cls, length):
        return _array_type(cls, length)

    __rmul__ = __mul__

    def from_address(cls, address):
        return _wrap(cls, address, None)

    def from_buffer(cls, obj, offset=0):
        if not isinstance(obj, _CData):
            raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        size = sizeof(obj)
        if size < offset + cls._ct_size_:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (size, offset + cls._ct_size_))
        r = _wrap(cls, obj._b_addr_ + offset, obj)
        r._objects = obj
        return r

    def from_buffer_copy(cls, data, offset=0):
        data = bytes(memoryview(data)) if not isinstance(data, bytes) else data
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if len(data) < offset + cls._ct_size_:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (len(data), offset + cls._ct_size_))
        r = cls.__new__(cls)
        _ct_copy(r._b_addr_, _ct_addr(data) + offset, cls._ct_size_)
        return r

    def in_dll(cls, dll, name):
        return cls.from_address(dlsym(dll._handle, name))

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        if isinstance(value, CArgObject) and isinstance(value._obj, cls):
            return value
        p = getattr(value, '_as_parameter_', _UNSET)
        if p is not _UNSET:
            return cls.from_param(p)
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))


class _CData(metaclass=_CDataMeta):
    def __hash__(self):
        raise TypeError("unhashable type")

    def __new__(cls, *args, **kwargs):
        size = cls._ct_size_
        if size is None:
            raise TypeError("abstract class")
        self = object.__new__(cls)
        self._b_buf_ = buf = _ct_alloc(size)
        self._b_addr_ = _ct_addr(buf)
        self._b_base_ = None
        self._b_needsfree_ = 1
        self._objects = None
        return self

    def __ctypes_from_outparam__(self):
        return self

    def __reduce__(self):
        return (_unpickle, (type(self), (self.__dict__, _ct_string_at(self._b_addr_, sizeof(self), False))))


def _unpickle(cls, state):
    obj = cls.__new__(cls)
    d, data = state
    _ct_copy(obj._b_addr_, data, len(data))
    return obj


class CArgObject:
    """What byref() and the simple types' from_param return: a code and a value."""
    def __init__(self, code, value, obj):
        self._code = code
        self._value = value
        self._obj = obj

    def __repr__(self):
        if self._code == 'P':
            return "<cparam 'P' (%#x)>" % self._value
        if self._code in 'zZ' and not isinstance(self._value, int):
            return "<cparam '%s' (%#x)>" % (self._code, _ct_addr(self._value) if isinstance(self._value, bytes) else 0)
        return "<cparam '%s' (%r)>" % (self._code, self._value)

CArgObject.__module__ = '_ctypes'


# -- simple types ---------------------------------------------------------------------------

class PyCSimpleType(_CDataMeta):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        if ns.get('_ct_abstract_'):
            return cls
        try:
            code = cls._type_
        except AttributeError:
            raise AttributeError("class must define a '_type_' attribute") from None
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(code) != 1:
            raise ValueError("class must define a '_type_' attribute which must be a string of length 1")
        if code not in _SIZES:
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                                 "a single character string containing one of 'cbBhHiIlLdfuzZqQPXOv?g'.")
        cls._ct_code_ = code
        cls._ct_size_ = _SIZES[code]
        cls._ct_align_ = _SIZES[code]
        if code in _INT_CODES or code in 'fdg':
            # The other byte order: a twin class whose values are stored byte-swapped.
            cls.__ctype_le__ = cls
            if ns.get('_ct_swapped_') or _SIZES[code] == 1:
                cls.__ctype_be__ = cls
            else:
                twin = PyCSimpleType(name + '_be', (_SimpleCData,), {'_type_': code, '_ct_swapped_': True,
                                                                      '__module__': cls.__module__})
                twin.__ctype_le__ = cls
                cls.__ctype_be__ = twin
        if code == 'u':
            _wchar_cache[0] = cls
        return cls

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        code = cls._ct_code_
        if isinstance(value, CArgObject) and code in 'zZP' and value._code in 'PzZ':
            return value
        if code in 'zZP' and isinstance(value, (_Pointer, Array, CFuncPtr)):
            return value
        if code == 'P' and isinstance(value, _SimpleCData) and type(value)._ct_code_ in 'zZP':
            return value
        try:
            if code == 'P' and isinstance(value, bytes):
                return CArgObject('z', value, value)
            if code == 'P' and isinstance(value, str):
                return CArgObject('Z', value, value)
            if code in _INT_CODES and not isinstance(value, int):
                raise TypeError("wrong type")
            if code in 'fdg' and not isinstance(value, (int, float)):
                raise TypeError("wrong type")
            if code in 'zZP' and not (value is None or isinstance(value, (int, bytes if code == 'z' else str if code == 'Z' else int))):
                raise TypeError("wrong type")
            owner = _wrap(cls, 0, None)
            owner._objects = None
            v = _normalise(code, value, owner)
            if code in 'fdg':
                return CArgObject(code, v, value)
            if code in 'zZ':
                return CArgObject(code, value, value)
            return CArgObject(code, value if code not in _INT_CODES else _trunc(code, v), value)
        except TypeError:
            p = getattr(value, '_as_parameter_', _UNSET)
            if p is not _UNSET:
                return cls.from_param(p)
            raise


def _trunc(code, v):
    buf = _ct_alloc(8)
    a = _ct_addr(buf)
    _ct_set(code, a, v)
    return _ct_get(code, a)


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    _ct_abstract_ = True

    def __init__(self, value=_UNSET):
        if value is not _UNSET:
            self.value = value

    @property
    def value(self):
        return _sget(type(self), self._b_addr_)

    @value.setter
    def value(self, value):
        code = type(self)._ct_code_
        if code in 'zZO':
            self._objects = None
        _sset(type(self), self._b_addr_, _normalise(code, value, self))

    def __repr__(self):
        cls = type(self)
        if cls.__bases__[0] is not _SimpleCData:
            return "<%s object at %#x>" % (cls.__name__, id(self))
        return "%s(%r)" % (cls.__name__, self.value)

    def __bool__(self):
        return _ct_string_at(self._b_addr_, type(self)._ct_size_, False) != bytes(type(self)._ct_size_)

    def __ctypes_from_outparam__(self):
        if type(self).__bases__[0] is _SimpleCData:
            return self.value
        return self


# -- structures and unions -------------------------------------------------------------------

class CField:
    def __init__(self, name, ftype, offset, size, index):
        self.name = name
        self._ftype = ftype
        self.offset = offset
        self.size = size
        self._index = index

    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return _read(self._ftype, inst._b_addr_ + self.offset, inst)

    def __set__(self, inst, value):
        _write(self._ftype, inst._b_addr_ + self.offset, value, inst)

    def __delete__(self, inst):
        raise TypeError("can't delete attribute")

    def __repr__(self):
        return "<Field type=%s, ofs=%d, size=%d>" % (self._ftype.__name__, self.offset, self.size)

CField.__module__ = '_ctypes'


def _layout(cls, fields, is_union):
    if isinstance(fields, (str, bytes)) or not hasattr(fields, '__iter__'):
        raise TypeError("_fields_ must be a sequence of pairs")
    fields = list(fields)
    base = cls.__mro__[1]
    size = base.__dict__.get('_ct_size_', 0) if isinstance(base, type(cls)) else 0
    size = size or 0
    align = base.__dict__.get('_ct_align_', 1) if isinstance(base, type(cls)) else 1
    names = list(getattr(base, '_ct_names_', ())) if isinstance(base, type(cls)) else []
    pack = cls.__dict__.get('_pack_', 0)
    if pack and (not isinstance(pack, int) or pack < 0):
        raise ValueError("_pack_ must be a non-negative integer")
    for i, f in enumerate(fields):
        if not isinstance(f, tuple) or len(f) < 2:
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        name, ftype = f[0], f[1]
        if not isinstance(ftype, _CDataMeta) or ftype._ct_size_ is None:
            raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % i)
        if len(f) > 2:
            raise NotImplementedError("bit fields are not supported")
        fsize = ftype._ct_size_
        falign = ftype._ct_align_
        if pack:
            falign = min(pack, falign)
        if is_union:
            offset = 0
            size = max(size, fsize)
        else:
            offset = (size + falign - 1) // falign * falign
            size = offset + fsize
        align = max(align, falign)
        setattr_type(cls, name, CField(name, ftype, offset, fsize, len(names)))
        names.append(name)
    size = (size + align - 1) // align * align
    type.__setattr__(cls, '_ct_size_', size)
    type.__setattr__(cls, '_ct_align_', align)
    type.__setattr__(cls, '_ct_names_', tuple(names))


def setattr_type(cls, name, value):
    type.__setattr__(cls, name, value)


class _StructMeta(_CDataMeta):
    _ct_union_ = False

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        if ns.get('_ct_abstract_'):
            return cls
        if '_fields_' in ns:
            type.__setattr__(cls, '_ct_fields_done_', False)
            setattr(cls, '_fields_', ns['_fields_'])
        else:
            base = cls.__mro__[1]
            type.__setattr__(cls, '_ct_size_', base._ct_size_ or 0)
            type.__setattr__(cls, '_ct_align_', getattr(base, '_ct_align_', 1))
        return cls

    def __setattr__(cls, name, value):
        if name == '_fields_':
            if cls.__dict__.get('_ct_fields_done_'):
                raise AttributeError("_fields_ is final")
            _layout(cls, value, mcls_is_union(cls))
            type.__setattr__(cls, '_ct_fields_done_', True)
        type.__setattr__(cls, name, value)


def mcls_is_union(cls):
    return isinstance(cls, UnionType)


class PyCStructType(_StructMeta):
    pass


class UnionType(_StructMeta):
    pass


def _struct_init(self, *args, **kwargs):
    names = type(self).__dict__.get('_ct_names_', None)
    if names is None:
        names = getattr(type(self), '_ct_names_', ())
    if len(args) > len(names):
        raise TypeError("too many initializers")
    for name, value in zip(names, args):
        setattr(self, name, value)
    for name, value in kwargs.items():
        if name in names[:len(args)]:
            raise TypeError("duplicate values for field %r" % name)
        setattr(self, name, value)


class Structure(_CData, metaclass=PyCStructType):
    _ct_abstract_ = True
    _ct_size_ = 0
    _ct_align_ = 1
    __init__ = _struct_init


class Union(_CData, metaclass=UnionType):
    _ct_abstract_ = True
    _ct_size_ = 0
    _ct_align_ = 1
    __init__ = _struct_init


# -- arrays ----------------------------------------------------------------------------------

class PyCArrayType(_CDataMeta):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        if ns.get('_ct_abstract_'):
            return cls
        length = getattr(cls, '_length_', _UNSET)
        if length is _UNSET:
            raise AttributeError("class must define a '_length_' attribute")
        if not isinstance(length, int):
            raise TypeError("The '_length_' attribute must be an integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        item = getattr(cls, '_type_', _UNSET)
        if item is _UNSET:
            raise AttributeError("class must define a '_type_' attribute")
        if not isinstance(item, _CDataMeta) or item._ct_size_ is None:
            raise TypeError("_type_ must have storage info")
        type.__setattr__(cls, '_ct_size_', item._ct_size_ * length)
        type.__setattr__(cls, '_ct_align_', item._ct_align_)
        if _is_simple(item) and item._ct_code_ == 'c':
            type.__setattr__(cls, 'value', property(_char_value, _set_char_value))
            type.__setattr__(cls, 'raw', property(_char_raw, _set_char_raw))
        elif _is_simple(item) and item._ct_code_ == 'u':
            type.__setattr__(cls, 'value', property(_wchar_value, _set_wchar_value))
        return cls


def _char_value(self):
    data = _ct_string_at(self._b_addr_, self._length_, False)
    i = data.find(b'\0')
    return data if i < 0 else data[:i]


def _set_char_value(self, value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected instead of %s instance" % type(value).__name__)
    if len(value) > self._length_:
        raise ValueError("byte string too long")
    _ct_copy(self._b_addr_, value, len(value) + (1 if len(value) < self._length_ else 0))


def _char_raw(self):
    return _ct_string_at(self._b_addr_, self._length_, False)


def _set_char_raw(self, value):
    value = bytes(memoryview(value)) if not isinstance(value, bytes) else value
    if len(value) > self._length_:
        raise ValueError("byte string too long")
    _ct_copy(self._b_addr_, value, len(value))


def _wchar_value(self):
    data = _ct_string_at(self._b_addr_, self._length_, True)
    i = data.find('\0')
    return data if i < 0 else data[:i]


def _set_wchar_value(self, value):
    if not isinstance(value, str):
        raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
    if len(value) > self._length_:
        raise ValueError("string too long")
    for i, ch in enumerate(value):
        _ct_set('u', self._b_addr_ + 4 * i, ord(ch))
    if len(value) < self._length_:
        _ct_set('u', self._b_addr_ + 4 * len(value), 0)


class Array(_CData, metaclass=PyCArrayType):
    _ct_abstract_ = True

    def __init__(self, *args):
        if len(args) > self._length_:
            raise IndexError("indices must be integers")
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return self._length_

    def _index(self, i):
        n = self._length_
        if not isinstance(i, int):
            i = i.__index__()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        item = self._type_
        if isinstance(i, slice):
            values = [self[k] for k in range(*i.indices(self._length_))]
            if _is_simple(item) and item._ct_code_ == 'c':
                return bytes(b[0] for b in values)
            if _is_simple(item) and item._ct_code_ == 'u':
                return ''.join(values)
            return values
        i = self._index(i)
        return _read(item, self._b_addr_ + i * item._ct_size_, self)

    def __setitem__(self, i, value):
        item = self._type_
        if isinstance(i, slice):
            ks = range(*i.indices(self._length_))
            if len(value) != len(ks):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(ks, value):
                self[k] = v
            return
        i = self._index(i)
        _write(item, self._b_addr_ + i * item._ct_size_, value, self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_array_cache = {}


def _array_type(item, length):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (item, length)
    t = _array_cache.get(key)
    if t is None:
        t = PyCArrayType("%s_Array_%d" % (item.__name__, length), (Array,),
                         {'_type_': item, '_length_': length, '__module__': item.__module__})
        _array_cache[key] = t
    return t


# -- pointers --------------------------------------------------------------------------------

class PyCPointerType(_CDataMeta):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        if ns.get('_ct_abstract_'):
            return cls
        type.__setattr__(cls, '_ct_size_', 8)
        type.__setattr__(cls, '_ct_align_', 8)
        return cls

    def from_param(cls, value):
        if value is None or isinstance(value, cls):
            return value
        target = cls._type_
        if isinstance(value, target):
            return byref(value)
        if isinstance(value, Array) and issubclass(type(value)._type_, target):
            return value
        if isinstance(value, CArgObject) and isinstance(value._obj, target):
            return value
        if isinstance(value, _Pointer) and issubclass(type(value)._type_, target):
            return value
        p = getattr(value, '_as_parameter_', _UNSET)
        if p is not _UNSET:
            return cls.from_param(p)
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))

    def set_type(cls, t):
        type.__setattr__(cls, '_type_', t)


class _Pointer(_CData, metaclass=PyCPointerType):
    _ct_abstract_ = True

    def __init__(self, value=_UNSET):
        if value is not _UNSET:
            self.contents = value

    @property
    def contents(self):
        addr = _ct_get('P', self._b_addr_)
        if not addr:
            raise ValueError("NULL pointer access")
        r = _wrap(self._type_, addr, self)
        return r

    @contents.setter
    def contents(self, value):
        if not isinstance(value, self._type_):
            raise TypeError("expected %s instead of %s" % (self._type_.__name__, type(value).__name__))
        _ct_set('P', self._b_addr_, value._b_addr_)
        self._objects = {'1': value}

    def __bool__(self):
        return bool(_ct_get('P', self._b_addr_))

    def __getitem__(self, i):
        item = self._type_
        if isinstance(i, slice):
            if i.stop is None:
                raise ValueError("slice stop is required")
            values = [self[k] for k in range(*i.indices(i.stop if i.stop >= 0 else 0))] \
                if (i.start or 0) >= 0 else []
            if _is_simple(item) and item._ct_code_ == 'c':
                return bytes(b[0] for b in values)
            if _is_simple(item) and item._ct_code_ == 'u':
                return ''.join(values)
            return values
        addr = _ct_get('P', self._b_addr_)
        if not addr:
            raise ValueError("NULL pointer access")
        return _read(item, addr + i * item._ct_size_, self)

    def __setitem__(self, i, value):
        item = self._type_
        addr = _ct_get('P', self._b_addr_)
        if not addr:
            raise ValueError("NULL pointer access")
        _write(item, addr + i * item._ct_size_, value, self)


_pointer_type_cache = {}


def POINTER(cls):
    try:
        return _pointer_type_cache[cls]
    except KeyError:
        pass
    if isinstance(cls, str):
        t = PyCPointerType("LP_%s" % cls, (_Pointer,), {})
        _pointer_type_cache[id(t)] = t
        return t
    if not isinstance(cls, type):
        raise TypeError("must be a ctypes type")
    t = PyCPointerType("LP_%s" % cls.__name__, (_Pointer,), {'_type_': cls})
    _pointer_type_cache[cls] = t
    return t


def pointer(obj):
    return POINTER(type(obj))(obj)


# -- functions -------------------------------------------------------------------------------

_PY_FUNCS = {}


class PyCFuncPtrType(_CDataMeta):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        type.__setattr__(cls, '_ct_size_', 8)
        type.__setattr__(cls, '_ct_align_', 8)
        return cls


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    def __new__(cls, *args):
        self = _CData.__new__(cls)
        self._plan_ = None
        self._argtypes = _UNSET
        self._restype = _UNSET
        self._errcheck = None
        self._callable = None
        if not args:
            return self
        a = args[0]
        if isinstance(a, int):
            _ct_set('P', self._b_addr_, a)
        elif isinstance(a, tuple) and len(a) >= 2:
            name, dll = a[0], a[1]
            if isinstance(name, int):
                raise AttributeError("function ordinal %d not found" % name)
            _ct_set('P', self._b_addr_, dlsym(dll._handle, name))
        elif callable(a):
            self._callable = a
            _ct_set('P', self._b_addr_, _ct_callback(self, _argcodes(getattr(cls, '_argtypes_', ())),
                                                     _rescode(getattr(cls, '_restype_', None))))
        else:
            raise TypeError("argument must be callable or integer function address")
        return self

    def __init__(self, *args):
        pass

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))

    def __bool__(self):
        return bool(_ct_get('P', self._b_addr_))

    @property
    def argtypes(self):
        if self._argtypes is _UNSET:
            return getattr(type(self), '_argtypes_', None)
        return self._argtypes

    @argtypes.setter
    def argtypes(self, value):
        if value is not None:
            for i, t in enumerate(value):
                if not hasattr(t, 'from_param'):
                    raise TypeError("item %d in _argtypes_ has no from_param method" % (i + 1))
        self._argtypes = value
        self._plan_ = None

    @argtypes.deleter
    def argtypes(self):
        self._argtypes = None
        self._plan_ = None

    @property
    def restype(self):
        if self._restype is _UNSET:
            return getattr(type(self), '_restype_', c_int_type())
        return self._restype

    @restype.setter
    def restype(self, value):
        if value is not None and not isinstance(value, type) and not callable(value):
            raise TypeError("restype must be a type, a callable, or None")
        self._restype = value
        self._plan_ = None

    @restype.deleter
    def restype(self):
        self._restype = None
        self._plan_ = None

    @property
    def errcheck(self):
        return self._errcheck

    @errcheck.setter
    def errcheck(self, value):
        if not callable(value):
            raise TypeError("the errcheck attribute must be callable")
        self._errcheck = value
        self._plan_ = None

    def _flags(self):
        return getattr(type(self), '_flags_', 1)

    def _make_plan_(self):
        plan = False
        addr = _ct_get('P', self._b_addr_)
        if addr and self._callable is None and self._errcheck is None and not self._flags() & 4:
            argtypes = self.argtypes
            restype = self.restype
            rcode = 'v' if restype is None else restype._ct_code_ if _is_simple(restype) else None
            if argtypes is not None and rcode is not None:
                codes = []
                for t in argtypes:
                    if not (_is_simple(t) and t._ct_code_ in _FAST_CODES and 'from_param' not in t.__dict__
                            and '_ct_swapped_' not in t.__dict__):
                        break
                    codes.append(t._ct_code_)
                else:
                    plan = _ct_plan(addr, self._flags(), ''.join(codes), rcode)
        self._plan_ = plan
        return plan

    def _call_(self, *args, **kwargs):
        if self._callable is not None:
            return self._callable(*args, **kwargs)
        addr = _ct_get('P', self._b_addr_)
        flags = self._flags()
        if flags & 4 and addr in _PY_FUNCS:
            return _PY_FUNCS[addr](*args)
        if not addr:
            raise ValueError("NULL function pointer")
        if kwargs:
            raise TypeError("this function takes no keyword arguments")
        argtypes = self.argtypes
        n = 0 if argtypes is None else len(argtypes)
        if len(args) < n:
            raise TypeError("this function takes at least %d argument%s (%d given)"
                            % (n, '' if n == 1 else 's', len(args)))
        codes = []
        values = []
        keep = []
        for i, a in enumerate(args):
            try:
                p = argtypes[i].from_param(a) if i < n else a
                code, value = _param(p, i, keep)
            except Exception as e:
                raise ArgumentError("argument %d: %s: %s" % (i + 1, type(e).__name__, e))
            codes.append(code)
            values.append(value)
        restype = self.restype
        rcode, convert = _result_spec(restype)
        result = _ct_call(_ct_plan(addr, flags, ''.join(codes), rcode), tuple(values))
        if convert is not None:
            result = convert(result)
        if self._errcheck is not None:
            result = self._errcheck(result, self, args)
        return result


def c_int_type():
    return _c_int_cache[0]

_c_int_cache = [None]


def _param(p, i, keep):
    """(code, normalised value) passing from_param's result p as argument i."""
    if isinstance(p, CArgObject):
        if p._code in 'zZ' and isinstance(p._value, str):
            keep.append(p)
            buf = (c_wchar_type() * (len(p._value) + 1))()
            buf.value = p._value
            keep.append(buf)
            return 'P', buf._b_addr_
        return ('P' if p._code in 'zZ' else p._code), p._value
    if isinstance(p, _SimpleCData):
        code = type(p)._ct_code_
        raw = _RAW_CODES.get(code, code)
        v = _ct_get(raw, p._b_addr_)
        return raw, (0 if v is None else v)
    if isinstance(p, (_Pointer, CFuncPtr)):
        return 'P', _ct_get('P', p._b_addr_) or 0
    if isinstance(p, Array):
        return 'P', p._b_addr_
    if isinstance(p, (Structure, Union)):
        raise TypeError("passing structures by value is not supported")
    if p is None:
        return 'P', 0
    if isinstance(p, int):
        if not -2**31 <= p < 2**31:
            raise OverflowError("int too long to convert")
        return 'i', p
    if isinstance(p, bytes):
        return 'P', p
    if isinstance(p, str):
        buf = (c_wchar_type() * (len(p) + 1))()
        buf.value = p
        keep.append(buf)
        return 'P', buf._b_addr_
    a = getattr(p, '_as_parameter_', _UNSET)
    if a is not _UNSET:
        return _param(a, i, keep)
    raise TypeError("Don't know how to convert parameter %d" % (i + 1))


def _result_spec(restype):
    """The native result code and a conversion of the native result for restype."""
    if restype is None:
        return 'v', None
    if _is_simple(restype):
        return restype._ct_code_, None
    if isinstance(restype, PyCSimpleType):
        code = restype._ct_code_
        def convert(v):
            r = restype()
            _ct_set(_RAW_CODES.get(code, code), r._b_addr_, v if v is not None else 0)
            return r.__ctypes_from_outparam__()
        return _RAW_CODES.get(code, code), convert
    if isinstance(restype, (PyCPointerType, PyCFuncPtrType)):
        def convert(v):
            r = restype()
            _ct_set('P', r._b_addr_, v or 0)
            return r
        return 'P', convert
    if isinstance(restype, _CDataMeta):
        raise TypeError("returning structures by value is not supported")
    return 'i', restype


def _argcodes(argtypes):
    codes = []
    for t in argtypes:
        if isinstance(t, PyCSimpleType):
            codes.append(_RAW_CODES.get(t._ct_code_, t._ct_code_) if t._ct_code_ != '?' else '?')
        else:
            codes.append('P')
    return ''.join(codes)


def _rescode(restype):
    if restype is None:
        return 'v'
    if isinstance(restype, PyCSimpleType):
        return restype._ct_code_ if restype._ct_code_ not in 'zZO' else 'P'
    return 'P'


def _callback_args(self, raw):
    """The Python arguments of a callback from the raw C values."""
    argtypes = getattr(type(self), '_argtypes_', ())
    out = []
    for t, v in zip(argtypes, raw):
        if _is_simple(t):
            if t._ct_code_ in 'zZ':
                v = _ct_get(t._ct_code_, _ct_addr_of_int(v))
            out.append(v)
        elif isinstance(t, PyCSimpleType):
            r = t()
            _ct_set(_RAW_CODES.get(t._ct_code_, t._ct_code_), r._b_addr_, v)
            out.append(r)
        else:
            r = t()
            _ct_set('P', r._b_addr_, v or 0)
            out.append(r)
    return out


def _ct_addr_of_int(v):
    buf = _ct_alloc(8)
    _ct_set('P', _ct_addr(buf), v)
    return _ct_addr(buf)


def _callback_result(self, result):
    restype = getattr(type(self), '_restype_', None)
    if restype is None:
        return None
    if isinstance(result, _CData) and isinstance(restype, PyCSimpleType):
        result = result.value
    if isinstance(restype, PyCSimpleType):
        return _normalise(restype._ct_code_, result, None) if restype._ct_code_ not in 'zZO' else result
    return result


def _run_callback(self, raw):
    return _callback_result(self, self._callable(*_callback_args(self, raw)))


# -- functions of the module -----------------------------------------------------------------

def sizeof(obj):
    if isinstance(obj, _CDataMeta):
        size = obj._ct_size_
    elif isinstance(obj, _CData):
        size = obj.__dict__.get('_b_size_', type(obj)._ct_size_)
    else:
        size = None
    if size is None:
        raise TypeError("this type has no size")
    return size


def alignment(obj):
    t = obj if isinstance(obj, _CDataMeta) else type(obj)
    if not isinstance(t, _CDataMeta) or t._ct_size_ is None:
        raise TypeError("no alignment info")
    return t._ct_align_


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    return CArgObject('P', obj._b_addr_ + offset, obj)


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    return obj._b_addr_


def resize(obj, size):
    if not isinstance(obj, _CData):
        raise TypeError("excepted ctypes instance")
    minimum = type(obj)._ct_size_
    if size < minimum:
        raise ValueError("minimum size is %d" % minimum)
    if not obj._b_needsfree_:
        raise ValueError("Memory cannot be resized because this object doesn't own it")
    old = sizeof(obj)
    if size > old:
        buf = _ct_alloc(size)
        _ct_copy(_ct_addr(buf), obj._b_addr_, old)
        obj._b_buf_ = buf
        obj._b_addr_ = _ct_addr(buf)
    obj._b_size_ = size


def _cast(ptr, obj, typ):
    if not isinstance(typ, (PyCPointerType, PyCFuncPtrType)) and not (
            isinstance(typ, PyCSimpleType) and typ._ct_code_ in 'zZP'):
        raise TypeError("cast() argument 2 must be a pointer type, not %s" % typ.__name__)
    p = c_void_p_type().from_param(ptr)
    _, addr = _param(p, 0, [])
    if isinstance(addr, bytes):
        addr = _ct_addr(addr)
    r = typ()
    _ct_set('P', r._b_addr_, addr or 0)
    if isinstance(obj, _CData):
        r._objects = {id(obj): obj}
    else:
        r._objects = obj
    return r


def c_void_p_type():
    return _void_p_cache[0]

_void_p_cache = [None]


def _string_at(ptr, size=-1):
    p = c_void_p_type().from_param(ptr)
    _, addr = _param(p, 0, [])
    if isinstance(addr, bytes):
        addr = _ct_addr(addr)
    return _ct_string_at(addr, size, False)


def _wstring_at(ptr, size=-1):
    p = c_void_p_type().from_param(ptr)
    _, addr = _param(p, 0, [])
    if isinstance(addr, str):
        return addr if size < 0 else addr[:size]
    return _ct_string_at(addr, size, True)


# Python functions called through PYFUNCTYPE objects made from these "addresses".
_cast_addr = 0x11
_string_at_addr = 0x21
_wstring_at_addr = 0x31
_PY_FUNCS[_cast_addr] = _cast
_PY_FUNCS[_string_at_addr] = _string_at
_PY_FUNCS[_wstring_at_addr] = _wstring_at


def _find_simple(code):
    class _T(_SimpleCData):
        _type_ = code
    return _T

_c_int_cache[0] = _find_simple('i')
_void_p_cache[0] = _find_simple('P')
_wchar_cache[0] = None
_wchar_cache[0] = _find_simple('u')

for _cls in (PyCSimpleType, PyCStructType, UnionType, PyCArrayType, PyCPointerType, PyCFuncPtrType,
             _CData, _SimpleCData, Structure, Union, Array, _Pointer, CFuncPtr):
    _cls.__module__ = '_ctypes'
_ct_install_call(CFuncPtr)
del _cls
"""#
}
