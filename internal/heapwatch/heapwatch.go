// Package heapwatch samples the Go heap while a benchmark runs, for the
// peak figures the benchmarks report.
package heapwatch

import (
	"runtime"
	"time"
)

// Watch samples the heap every 50 ms until stop is closed, then sends the
// largest size seen on the returned channel.
func Watch(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
	go func() {
		var peak uint64
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
			select {
			case <-stop:
				out <- peak
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
	return out
}
