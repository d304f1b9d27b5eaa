import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressData

/// The CSV writer's byte-level path against the scalar-by-scalar writer.
struct CSVFastPathTests {
    @Test func csvCellsMatchTheScalarByScalarWriter() {
        let inputs = RandomText.allInputs() + ["=1+2", "+x", "-3", "@a", "\tx", "\rx", ",\u{0301}", "\"\u{0301}q\"", "=a,b", "-\"", ""]
        for (i, s) in inputs.enumerated() {
            let cells: [CSVWriter.Cell] = [.text(s), .number(s), .text(inputs[(i + 1) % inputs.count])]
            var fast = CSVWriter(header: [])
            fast.row(cells)
            var reference: [UInt8] = [0xEF, 0xBB, 0xBF, 0x0D, 0x0A]
            CSVWriter.referenceRow(cells, to: &reference)
            #expect(fast.bytes == reference, "\(s.debugDescription)")
        }
    }
}
