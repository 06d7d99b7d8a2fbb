#pragma once
// Where the pipeline's work runs, and how its progress reaches the caller.
//
// The thread contract (as libvips writes its own): convert() and
// convert_files() block the calling thread until done. Pages and files run
// on a TBB arena of --jobs threads; every Poppler document and Tesseract
// engine belongs to one worker at a time (pipeline.cpp's WorkerPool). The
// progress callback is only ever called on the calling thread, never
// concurrently, with counts that only grow and end at (total, total).
#include <tbb/task_arena.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace pdf2tei::pipeline {

// Runs `body` on `jobs` threads, or in the calling arena when jobs is 0.
template <typename F>
void in_arena(unsigned jobs, F&& body) {
    if (jobs == 0) {
        body();
        return;
    }
    tbb::task_arena arena(static_cast<int>(jobs));
    arena.execute(body);
}

// Work done so far, counted by the workers, read by the caller's thread.
struct ProgressCounter {
    std::atomic<int> done{0};
    std::atomic<int> total{0};  // 0 until known
};

// How often the caller's thread looks at the counter while it waits.
inline constexpr std::chrono::milliseconds kProgressPoll{100};

// Runs `body` on `jobs` threads (0: as many as the calling arena has).
// With a `poll`, the work runs on a thread of its own while the calling
// thread waits, calling `poll` every kProgressPoll and once at the end:
// progress and per-file callbacks reach the caller on its own thread.
template <typename F>
void run_polling(unsigned jobs, F&& body, const std::function<void()>& poll) {
    if (!poll) {
        in_arena(jobs, body);
        return;
    }
    const int threads = jobs ? static_cast<int>(jobs) : tbb::this_task_arena::max_concurrency();
    std::mutex mutex;
    std::condition_variable finished_cv;
    bool finished = false;
    std::exception_ptr error;
    std::thread runner([&] {
        try {
            tbb::task_arena arena(threads);
            arena.execute(body);
        } catch (...) {
            error = std::current_exception();
        }
        std::lock_guard lock(mutex);
        finished = true;
        finished_cv.notify_one();
    });
    {
        std::unique_lock lock(mutex);
        while (!finished) {
            finished_cv.wait_for(lock, kProgressPoll);
            lock.unlock();
            poll();
            lock.lock();
        }
    }
    runner.join();
    if (error) std::rethrow_exception(error);
    poll();
}

// A poll that reports the counter's advance to `progress` (empty without
// one); both must outlive it.
inline std::function<void()> progress_poll(const std::function<void(int, int)>& progress, ProgressCounter& counter) {
    if (!progress) return {};
    return [&progress, &counter, reported = 0]() mutable {
        const int done = counter.done.load(), total = counter.total.load();
        if (total > 0 && done > reported) progress(reported = done, total);
    };
}

// run_polling with a poll that reports the counter's advance to `progress`.
template <typename F>
void run_reporting(unsigned jobs, F&& body, const std::function<void(int, int)>& progress, ProgressCounter& counter) {
    run_polling(jobs, body, progress_poll(progress, counter));
}

}  // namespace pdf2tei::pipeline
