import Testing

@testable import PlanPressCore

/// `Parallel.map` and `Parallel.stream` keep input order whatever the scheduling; `hasBytes` matches exact bytes.
struct ParallelTests {
    @Test func mapKeepsOrderAndCoversEveryItem() {
        let items = Array(0..<10_007)
        // Uneven work, so that chunks finish out of order.
        let out = Parallel.map(items) { i -> String in
            var x = i
            for _ in 0..<(i % 97) * 50 { x = (x &* 31) &+ 7 }
            return "\(i):\(x & 1)"
        }
        #expect(out.count == items.count)
        #expect(out.map { Int($0.split(separator: ":")[0])! } == items)
        #expect(Parallel.map([Int]()) { $0 }.isEmpty)
        #expect(Parallel.map([42]) { $0 + 1 } == [43])
    }

    @Test func streamHandsEveryResultOverInOrderAWindowAtATime() {
        for (count, window) in [(0, 4), (1, 4), (10, 1), (1_003, 8), (64, 64), (65, 64)] {
            var seen: [Int] = []
            Parallel.stream(count: count, window: window, { i in i * 3 }, consume: { seen.append($0) })
            #expect(seen == (0..<count).map { $0 * 3 }, "\(count) by \(window)")
        }
        // Runs of a long list: every index once, in order, no run shorter than 16 but the last.
        for count in [0, 1, 16, 17, 1_000, 40_000] {
            var runs: [Range<Int>] = []
            Parallel.stream(runsOf: count, { $0 }, consume: { runs.append($0) })
            #expect(runs.flatMap { Array($0) } == Array(0..<count), "\(count)")
            #expect(runs.dropLast().allSatisfy { $0.count >= 16 }, "\(count)")
        }
    }

    @Test func hasBytesMatchesExactUTF8() {
        #expect("<h2>ผลการดำเนินงาน</h2>".hasBytes("<h2>"))
        #expect(!"<h3>ผล</h3>".hasBytes("<h2>"))
        #expect("ดิจิทัล".hasBytes("จิ"))
        #expect(!"ab".hasBytes("abc"))
        #expect("abc".hasBytes(""))
        #expect("aab".hasBytes("ab"))
        // No Unicode folding: a precomposed é is not e + combining acute.
        #expect(!"caf\u{E9}".hasBytes("e\u{301}"))
    }
}
