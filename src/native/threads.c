/*
 * A small persistent thread pool: workers sleep on a condition variable between jobs, so a
 * parallel GEMM costs a wake-up, not a thread creation. The calling thread runs part 0.
 * Waking a sleeping thread is slow under a hypervisor (a halted virtual CPU needs an interrupt:
 * a 256³ product took 157 us on two threads against 170 us on one), so both sides first spin
 * for SPIN_SECONDS on the job counter — as OpenMP runtimes do — and only then sleep: kernels
 * called back to back (a training step) find the workers awake.
 * Node worker threads each load the addon: the pool is created once per process, and
 * parallel jobs from different JavaScript threads take turns (job_lock).
 */
#include "candor.h"
#include <immintrin.h>
#include <pthread.h>
#include <time.h>

#define MAX_THREADS 64
#define SPIN_SECONDS 100e-6

static double now_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Spins until *counter != value (then returns 1) or SPIN_SECONDS pass (0). */
static int spin_until_changed(const long *counter, long value) {
  const double start = now_seconds();
  for (int i = 1;; i++) {
    if (__atomic_load_n(counter, __ATOMIC_ACQUIRE) != value) return 1;
    _mm_pause();
    if ((i & 63) == 0 && now_seconds() - start > SPIN_SECONDS) return 0;
  }
}

static pthread_t workers[MAX_THREADS];
static int thread_count = 1;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t job_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t pool_once = PTHREAD_ONCE_INIT;
static int requested_threads = 1;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;
static candor_task job_fn;
static void *job_arg;
static int job_parts;
static long job_generation; /* written under `lock`, read by spinning workers with acquire */
static long pending;        /* the same */

static void *worker_main(void *arg) {
  const int id = (int)(long)arg;
  long seen = 0;
  for (;;) {
    if (!spin_until_changed(&job_generation, seen)) {
      pthread_mutex_lock(&lock);
      while (job_generation == seen) pthread_cond_wait(&wake, &lock);
      pthread_mutex_unlock(&lock);
    }
    /* The job's fields were written before the generation was released, and stay until every worker is done. */
    seen = __atomic_load_n(&job_generation, __ATOMIC_ACQUIRE);
    candor_task fn = job_fn;
    void *a = job_arg;
    const int parts = job_parts;
    if (id < parts) fn(a, id, parts);
    pthread_mutex_lock(&lock);
    if (__atomic_sub_fetch(&pending, 1, __ATOMIC_RELEASE) == 0) pthread_cond_signal(&done);
    pthread_mutex_unlock(&lock);
  }
  return 0;
}

static void create_pool(void) {
  const int threads = requested_threads;
  thread_count = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
  for (int i = 1; i < thread_count; i++) {
    if (pthread_create(&workers[i], 0, worker_main, (void *)(long)i) != 0) {
      thread_count = i; /* run with the threads we got */
      break;
    }
    pthread_detach(workers[i]);
  }
}

void candor_pool_init(int threads) {
  requested_threads = threads;
  pthread_once(&pool_once, create_pool);
}

int candor_threads(void) { return thread_count; }

void candor_parallel(candor_task fn, void *arg, int parts) {
  if (parts > thread_count) parts = thread_count;
  if (parts <= 1) {
    fn(arg, 0, 1);
    return;
  }
  pthread_mutex_lock(&job_lock);
  pthread_mutex_lock(&lock);
  job_fn = fn;
  job_arg = arg;
  job_parts = parts;
  __atomic_store_n(&pending, thread_count - 1, __ATOMIC_RELAXED);
  __atomic_store_n(&job_generation, job_generation + 1, __ATOMIC_RELEASE);
  pthread_cond_broadcast(&wake);
  pthread_mutex_unlock(&lock);
  fn(arg, 0, parts);
  /* Spin for the workers first (pending is 0 once all are done), then sleep on `done`. */
  long left = __atomic_load_n(&pending, __ATOMIC_ACQUIRE);
  while (left != 0 && spin_until_changed(&pending, left)) left = __atomic_load_n(&pending, __ATOMIC_ACQUIRE);
  if (left != 0) {
    pthread_mutex_lock(&lock);
    while (__atomic_load_n(&pending, __ATOMIC_ACQUIRE) > 0) pthread_cond_wait(&done, &lock);
    pthread_mutex_unlock(&lock);
  }
  pthread_mutex_unlock(&job_lock);
}

typedef struct {
  size_t n;
  candor_range_task fn;
  void *arg;
} range_job;

static void range_part(void *p, int part, int parts) {
  const range_job *j = (const range_job *)p;
  const size_t begin = j->n * (size_t)part / (size_t)parts, end = j->n * (size_t)(part + 1) / (size_t)parts;
  if (begin < end) j->fn(j->arg, begin, end);
}

void candor_parallel_for(size_t n, size_t grain, candor_range_task fn, void *arg) {
  size_t parts = grain ? n / grain : n;
  if (parts > (size_t)thread_count) parts = (size_t)thread_count;
  if (parts <= 1) {
    if (n) fn(arg, 0, n);
    return;
  }
  range_job job = {n, fn, arg};
  candor_parallel(range_part, &job, (int)parts);
}
