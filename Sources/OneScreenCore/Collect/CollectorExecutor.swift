import Dispatch

/// Runs the collector's tasks on a queue of its own rather than Swift's cooperative pool, which has one thread per
/// core (two here): a dashboard, or a test suite, busy on that pool for seconds must not stop the lease from being
/// renewed — another process would take over — nor the sources from running. The blocking parts of a run (child
/// processes, queries, ingest) already have threads of their own; what runs here is short glue, so one serial
/// queue is enough.
final class CollectorExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "onescreen.collector")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
