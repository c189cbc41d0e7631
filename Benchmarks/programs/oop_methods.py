# Method-call-heavy object-oriented code: a small inventory and pricing model
# with an abstract base class hierarchy, overridden methods that call super(),
# properties, class and static methods, __eq__/__hash__/__lt__, a custom
# iterator protocol (__iter__/__next__), __len__/__getitem__/__contains__, and
# visitor-style double dispatch. Exercises bound-method calls, attribute lookup
# through the MRO, property getters and setters, and operator dispatch.
import sys


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, factor):
        return Money(self.cents * factor // 100)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return "%d.%02d" % divmod(self.cents, 100)

    @classmethod
    def zero(cls):
        return cls(0)


class Item:
    count = 0

    def __init__(self, sku, base_price, weight):
        self.sku = sku
        self._price = Money(base_price)
        self.weight = weight
        Item.count += 1

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value.cents < 0:
            raise ValueError("negative price")
        self._price = value

    def tax_rate(self):
        return 20

    def shipping(self):
        return Money(100 + self.weight * 5)

    def total(self):
        return self.price + self.price * self.tax_rate() + self.shipping()

    def accept(self, visitor):
        return visitor.visit_item(self)

    def __eq__(self, other):
        return type(self) is type(other) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        return (self.total(), self.sku) < (other.total(), other.sku)


class Book(Item):
    def tax_rate(self):
        return 5

    def accept(self, visitor):
        return visitor.visit_book(self)


class Food(Item):
    def __init__(self, sku, base_price, weight, perishable):
        super().__init__(sku, base_price, weight)
        self.perishable = perishable

    def tax_rate(self):
        return 0 if not self.perishable else 7

    def shipping(self):
        extra = Money(250) if self.perishable else Money.zero()
        return super().shipping() + extra

    def accept(self, visitor):
        return visitor.visit_food(self)


class Gadget(Item):
    def __init__(self, sku, base_price, weight, warranty_years):
        super().__init__(sku, base_price, weight)
        self.warranty_years = warranty_years

    def warranty(self):
        return self.price * (10 * self.warranty_years)

    def total(self):
        return super().total() + self.warranty()

    def accept(self, visitor):
        return visitor.visit_gadget(self)


class Cart:
    def __init__(self):
        self._items = []
        self._quantities = {}

    def add(self, item, quantity=1):
        if item not in self._quantities:
            self._items.append(item)
            self._quantities[item] = 0
        self._quantities[item] += quantity
        return self

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __contains__(self, item):
        return item in self._quantities

    def __iter__(self):
        return CartIterator(self)

    def quantity(self, item):
        return self._quantities[item]


class CartIterator:
    def __init__(self, cart):
        self.cart = cart
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= len(self.cart):
            raise StopIteration
        item = self.cart[self.index]
        self.index += 1
        return item, self.cart.quantity(item)


class Visitor:
    def visit_item(self, item):
        raise NotImplementedError

    def visit_book(self, book):
        return self.visit_item(book)

    def visit_food(self, food):
        return self.visit_item(food)

    def visit_gadget(self, gadget):
        return self.visit_item(gadget)


class TotalVisitor(Visitor):
    def __init__(self):
        self.sum = Money.zero()

    def visit_item(self, item):
        self.sum = self.sum + item.total()
        return self.sum


class DiscountVisitor(Visitor):
    def __init__(self, percent):
        self.percent = percent
        self.saved = Money.zero()

    def visit_item(self, item):
        return Money.zero()

    def visit_book(self, book):
        cut = book.price * self.percent
        self.saved = self.saved + cut
        return cut

    def visit_gadget(self, gadget):
        cut = gadget.warranty() * (self.percent * 2)
        self.saved = self.saved + cut
        return cut


class Catalog:
    @staticmethod
    def make(i):
        kind = i % 4
        if kind == 0:
            return Item("I%05d" % i, 500 + i % 997, 1 + i % 13)
        if kind == 1:
            return Book("B%05d" % i, 1200 + i % 389, 2 + i % 5)
        if kind == 2:
            return Food("F%05d" % i, 300 + i % 211, 1 + i % 7, i % 3 == 0)
        return Gadget("G%05d" % i, 4000 + i % 1499, 5 + i % 11, 1 + i % 3)


def main(n_items, n_carts):
    items = [Catalog.make(i) for i in range(n_items)]
    grand = Money.zero()
    saved = Money.zero()
    biggest = None
    for c in range(n_carts):
        cart = Cart()
        for k in range(30):
            cart.add(items[(c * 37 + k * k * 11) % n_items], 1 + (c + k) % 3)
        totals = TotalVisitor()
        discount = DiscountVisitor(10 + c % 5)
        for item, quantity in cart:
            for _ in range(quantity):
                item.accept(totals)
            item.accept(discount)
        cart_total = totals.sum - discount.saved
        grand = grand + cart_total
        saved = saved + discount.saved
        if biggest is None or biggest < cart_total:
            biggest = cart_total
        if items[c % n_items] in cart:
            items[c % n_items].price = items[c % n_items].price + Money(1)
    ranked = sorted(items[:200])
    print("items %d (created %d) carts %d" % (n_items, Item.count, n_carts))
    print("grand total %r saved %r biggest cart %r" % (grand, saved, biggest))
    print("cheapest %s %r, dearest %s %r" % (ranked[0].sku, ranked[0].total(),
                                            ranked[-1].sku, ranked[-1].total()))
    print("distinct totals among first 200: %d" % len({i.total() for i in items[:200]}))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 7500)
