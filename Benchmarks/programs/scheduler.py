# A task scheduler in the style of Martin Richards' operating-system simulation:
# prioritised tasks (an idle task, a worker, two handlers and two devices) pass
# packets to each other through a small kernel that can hold, release, wait and
# send. Exercises method calls on objects of several classes, attribute reads and
# writes, linked lists built from objects, and None checks.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_WORK, KIND_DEVICE = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, kind, home):
        self.link = None
        self.kind = kind
        self.home = home
        self.sender = 0
        self.arg = 0
        self.data = [0] * DATA_SIZE


def enqueue(head, packet):
    packet.link = None
    if head is None:
        return packet
    node = head
    while node.link is not None:
        node = node.link
    node.link = packet
    return head


class Task:
    def __init__(self, kernel, ident, priority, inbox, waiting):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        self.waiting = waiting
        self.held = False
        self.next = None

    def blocked(self):
        return self.held or (self.waiting and self.inbox is None)

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, count):
        Task.__init__(self, kernel, IDLE, 0, None, False)
        self.count = count
        self.seed = 1

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.kernel.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.kernel.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.kernel.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, inbox):
        Task.__init__(self, kernel, WORKER, 1000, inbox, True)
        self.target = HANDLER_B
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.kernel.wait()
        self.target = HANDLER_A if self.target == HANDLER_B else HANDLER_B
        packet.arg = 0
        data = packet.data
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return self.kernel.send(packet, self.target)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, inbox):
        Task.__init__(self, kernel, ident, priority, inbox, True)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = enqueue(self.work, packet)
            else:
                self.devices = enqueue(self.devices, packet)
        work = self.work
        if work is not None:
            index = work.arg
            if index >= DATA_SIZE:
                self.work = work.link
                return self.kernel.send(work, WORKER)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.arg = work.data[index]
                work.arg = index + 1
                return self.kernel.send(device, device.home)
        return self.kernel.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None, True)
        self.pending = None
        self.reply_to = 0

    def run(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.kernel.wait()
            self.pending = None
            return self.kernel.send(pending, self.reply_to)
        self.pending = packet
        self.reply_to = packet.sender
        self.kernel.output(packet.arg)
        return self.kernel.hold()


class Kernel:
    def __init__(self):
        self.tasks = [None] * 7
        self.first = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.checksum = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the list ordered by priority, highest first
        if self.first is None or task.priority > self.first.priority:
            task.next = self.first
            self.first = task
            return
        node = self.first
        while node.next is not None and node.next.priority >= task.priority:
            node = node.next
        task.next = node.next
        node.next = task

    def output(self, value):
        self.checksum = (self.checksum * 33 + value) % 1000003

    def hold(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet, ident):
        task = self.tasks[ident]
        self.queue_count += 1
        packet.sender = self.current.ident
        task.inbox = enqueue(task.inbox, packet)
        if task.priority > self.current.priority and not task.blocked():
            return task
        return self.current

    def schedule(self):
        task = self.first
        while task is not None:
            if task.blocked():
                task = task.next
                continue
            self.current = task
            packet = None
            if task.waiting:
                packet = task.inbox
                task.inbox = packet.link
                task.waiting = False
            task = task.run(packet)


def build(idle_count):
    kernel = Kernel()
    kernel.add(IdleTask(kernel, idle_count))
    work = enqueue(None, Packet(KIND_WORK, WORKER))
    work = enqueue(work, Packet(KIND_WORK, WORKER))
    kernel.add(WorkerTask(kernel, work))
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        inbox = None
        for _ in range(3):
            inbox = enqueue(inbox, Packet(KIND_DEVICE, device))
        kernel.add(HandlerTask(kernel, handler, priority, inbox))
    kernel.add(DeviceTask(kernel, DEVICE_A, 4000))
    kernel.add(DeviceTask(kernel, DEVICE_B, 5000))
    return kernel


def main(iterations, idle_count):
    totals = [0, 0, 0]
    for i in range(iterations):
        kernel = build(idle_count + i)
        kernel.schedule()
        totals[0] += kernel.queue_count
        totals[1] += kernel.hold_count
        totals[2] = (totals[2] * 7 + kernel.checksum) % 1000003
    print("iterations %d idle count %d" % (iterations, idle_count))
    print("queued %d held %d checksum %d" % tuple(totals))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30,
         int(sys.argv[2]) if len(sys.argv) > 2 else 10000)
