# A ray tracer: spheres and a checkered plane, point lights with shadows,
# Phong-style specular highlights and mirror reflections, rendered with vectors
# as a small immutable class with operator methods. Prints a checksum of the
# 8-bit image and a few sample pixels instead of the image. Exercises float
# arithmetic through dunder methods, object allocation, method calls and
# isinstance-free polymorphism.
import math
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y,
                   self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def times(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vec(0.0, 0.0, 0.0)
EPSILON = 1e-6


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, size, diffuse, specular, shininess, reflect):
        Material.__init__(self, color, diffuse, specular, shininess, reflect)
        self.other = other
        self.size = size

    def color_at(self, point):
        k = int(math.floor(point.x / self.size) + math.floor(point.z / self.size))
        return self.color if k % 2 == 0 else self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Vec(0.08, 0.08, 0.1)
        self.max_depth = 3
        self.rays = 0

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        self.rays += 1
        obj, t = self.nearest(ray)
        if obj is None:
            # a sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9) * k + Vec(0.1, 0.1, 0.15) * (1.0 - k)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = obj.material
        base = material.color_at(point)
        color = base.times(self.ambient)
        lifted = point + normal * 1e-4
        for light in self.lights:
            to_light = light.position - point
            distance = to_light.length()
            to_light = to_light * (1.0 / distance)
            if self.shadowed(lifted, to_light, distance):
                continue
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.times(light.color) * (lambert * material.diffuse)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                color = color + light.color * (material.specular * spec ** material.shininess)
        if material.reflect > 0.0 and depth < self.max_depth:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            color = color + self.trace(Ray(lifted, reflected), depth + 1) * material.reflect
        return color


def build_scene():
    scene = Scene()
    scene.objects.append(Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0),
                               Checker(Vec(0.9, 0.9, 0.9), Vec(0.15, 0.15, 0.2), 1.0,
                                       0.8, 0.2, 10.0, 0.25)))
    scene.objects.append(Sphere(Vec(0.0, 0.0, 5.0), 1.0,
                                Material(Vec(0.9, 0.2, 0.2), 0.7, 0.6, 40.0, 0.3)))
    scene.objects.append(Sphere(Vec(-2.2, -0.3, 6.0), 0.7,
                                Material(Vec(0.2, 0.8, 0.3), 0.8, 0.3, 20.0, 0.1)))
    scene.objects.append(Sphere(Vec(2.0, 0.4, 7.0), 1.4,
                                Material(Vec(0.3, 0.4, 0.9), 0.5, 0.9, 80.0, 0.5)))
    scene.objects.append(Sphere(Vec(0.6, -0.7, 3.2), 0.3,
                                Material(Vec(0.95, 0.85, 0.2), 0.9, 0.5, 30.0, 0.0)))
    scene.lights.append(Light(Vec(-5.0, 6.0, -2.0), Vec(0.8, 0.8, 0.75)))
    scene.lights.append(Light(Vec(4.0, 3.0, 1.0), Vec(0.3, 0.3, 0.4)))
    return scene


class Camera:
    def __init__(self, eye, look_at, up, fov_degrees, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (look_at - eye).normalized()
        right = forward.cross(up).normalized()
        true_up = right.cross(forward)
        half = math.tan(math.radians(fov_degrees) / 2.0)
        aspect = width / height
        self.forward = forward
        self.right = right * (half * aspect)
        self.up = true_up * half

    def ray_for(self, px, py):
        u = (2.0 * (px + 0.5) / self.width) - 1.0
        v = 1.0 - (2.0 * (py + 0.5) / self.height)
        direction = (self.forward + self.right * u + self.up * v).normalized()
        return Ray(self.eye, direction)


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0 + 0.5)


def main(width, height):
    scene = build_scene()
    camera = Camera(Vec(0.0, 0.8, -1.0), Vec(0.0, 0.0, 5.0), Vec(0.0, 1.0, 0.0),
                    60.0, width, height)
    checksum = 0
    histogram = [0] * 8
    samples = []
    for py in range(height):
        for px in range(width):
            color = scene.trace(camera.ray_for(px, py), 0)
            r = to_byte(color.x)
            g = to_byte(color.y)
            b = to_byte(color.z)
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) % 2147483647
            histogram[(r + g + b) * 8 // 766] += 1
            if px == width // 2 and py % (height // 4) == 0:
                samples.append((px, py, r, g, b))
    print("image %dx%d rays %d" % (width, height, scene.rays))
    print("checksum %d" % checksum)
    print("brightness histogram %s" % " ".join(str(h) for h in histogram))
    for s in samples:
        print("pixel (%d,%d) = %d %d %d" % s)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 240,
         int(sys.argv[2]) if len(sys.argv) > 2 else 180)
