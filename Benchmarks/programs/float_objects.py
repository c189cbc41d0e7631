# A float-heavy object loop: many small particle objects are created from
# trigonometric formulas, moved through a few hundred steps of gravity, drag and
# wall bounces, normalised, and reduced to the extremes and means of their
# coordinates. Exercises float attribute arithmetic, math.sin/cos/sqrt, object
# allocation and short-lived instances, and methods returning new objects.
import math
import sys


class Particle:
    def __init__(self, i):
        a = i * 0.7853981633974483
        self.x = math.sin(a) * 3.0 + math.cos(a * 0.5)
        self.y = math.cos(a) * 2.0 + 5.0
        self.vx = math.sin(a * 1.3) * 0.5
        self.vy = math.cos(a * 0.9) * 0.25
        self.mass = 1.0 + (i % 7) * 0.25

    def step(self, dt, gravity, drag):
        self.vy -= gravity * dt
        k = 1.0 - drag * dt / self.mass
        self.vx *= k
        self.vy *= k
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.y < 0.0:
            self.y = -self.y
            self.vy = -self.vy * 0.9
        if self.x < -10.0 or self.x > 10.0:
            self.vx = -self.vx
            self.x = max(-10.0, min(10.0, self.x))

    def speed(self):
        return math.sqrt(self.vx * self.vx + self.vy * self.vy)

    def energy(self, gravity):
        return 0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy) + \
            self.mass * gravity * self.y

    def normalized(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y)
        p = Particle.__new__(Particle)
        p.x = self.x / norm
        p.y = self.y / norm
        p.vx = self.vx
        p.vy = self.vy
        p.mass = self.mass
        return p

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        return self


def simulate(count, steps):
    particles = [Particle(i) for i in range(count)]
    dt = 0.01
    gravity = 9.81
    for s in range(steps):
        drag = 0.1 + 0.05 * math.sin(s * 0.01)
        for p in particles:
            p.step(dt, gravity, drag)
    normal = [p.normalized() for p in particles]
    top = normal[0]
    for p in normal[1:]:
        top = top.maximize(p)
    total_energy = 0.0
    fastest = 0.0
    mean_x = 0.0
    for p in particles:
        total_energy += p.energy(gravity)
        sp = p.speed()
        if sp > fastest:
            fastest = sp
        mean_x += p.x
    return top, total_energy, fastest, mean_x / count


def main(count, steps, rounds):
    for r in range(rounds):
        top, total_energy, fastest, mean_x = simulate(count + r, steps)
        print("round %d: max=(%.9f, %.9f) energy=%.6f fastest=%.9f mean_x=%.9f"
              % (r, top.x, top.y, total_energy, fastest, mean_x))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 500,
         int(sys.argv[3]) if len(sys.argv) > 3 else 3)
