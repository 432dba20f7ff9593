import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Every customer gets a next best action: a move from their segment, tags and coming moments, and products from
/// their look-alikes, the next category up for one who already buys everything.
@Suite struct NextBestActionTests {
    static let scores = RFMScores(recency: 5, frequency: 5, monetary: 5)
    let dir = TemporaryDirectory("nba")

    @Test("the move follows the segment, a near moment of truth comes first, a price-sensitive tag asks for a discount",
          arguments: RFMSegment.allCases)
    func moves(segment: RFMSegment) {
        let move = NextMove.choose(segment: segment, scores: Self.scores, daysSinceOrder: 3, upcoming: nil, tags: [])
        let expected: [RFMSegment: NextMove.Kind] = [.champion: .bundle, .loyal: .upsell, .promising: .frequency, .newcomer: .onboard,
                                                     .atRisk: .winBack, .cantLose: .retain, .needsAttention: .remind, .dormant: .reactivate]
        #expect(move.kind == expected[segment])
        #expect(!move.priceSensitive)
        let soon = NextMove.choose(segment: segment, scores: Self.scores, daysSinceOrder: 3, upcoming: (.promotion, 5),
                                   tags: [CustomerTagLine(kind: .evaluation, key: "价格敏感度", value: "高")])
        #expect(soon.kind == .prepareMoment && soon.moment == .promotion && soon.momentInDays == 5 && soon.priceSensitive)
        let later = NextMove.choose(segment: segment, scores: Self.scores, daysSinceOrder: 3, upcoming: (.promotion, 20), tags: [])
        #expect(later.kind == expected[segment])
    }

    /// Three restaurants alike in every tag; the champion buys every category, mostly fresh chicken; the other two
    /// spend a larger share on 熟食, and one buys 包装食品 the newcomer does not.
    func store() throws -> (Store, Instant) {
        let store = try Store(path: dir.file("store.sqlite"))
        let now = Instant(seconds: Int64(1_795_392_000))
        var lines: [String] = []
        for id in ["K1", "K2", "K3"] {
            lines.append(#"{"type":"customer","id":"\#(id)","name":"餐厅\#(id)","kind":"restaurant","region":"华东","channel":"直营","since":"2024-01-02"}"#)
            lines.append(#"{"type":"tag","customer":"\#(id)","kind":"basic","key":"商圈","value":"写字楼"}"#)
        }
        var order = 0
        func buy(_ customer: String, _ category: String, _ amount: Double, daysAgo: Int) {
            order += 1
            lines.append(#"{"type":"order","id":"O\#(order)","customer":"\#(customer)","time":\#(now.millis / 1000 - Int64(daysAgo) * 86_400),"amount":\#(amount),"category":"\#(category)","channel":"直营"}"#)
        }
        for day in 1...20 {
            buy("K1", "生鲜鸡肉", 9_000, daysAgo: day)
            buy("K1", day.isMultiple(of: 5) ? "熟食" : "调理品", 1_000, daysAgo: day)
        }
        buy("K1", "包装食品", 500, daysAgo: 2)
        for customer in ["K2", "K3"] {
            buy(customer, "生鲜鸡肉", 3_000, daysAgo: 4)
            buy(customer, "熟食", 3_000, daysAgo: 4)
        }
        buy("K2", "调理品", 800, daysAgo: 6)
        buy("K3", "包装食品", 800, daysAgo: 6)
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { now }, report: { _ in })
        _ = ingestor.run(IngestInput(name: "nba.jsonl", origin: .bytes(Array(lines.joined(separator: "\n").utf8)), format: .jsonLines))
        return (store, now)
    }

    @Test func aChampionWhoBuysEverythingIsOfferedTheNextCategoryUpAndABundle() throws {
        let (store, now) = try store()
        guard case .customer(let champion?) = try store.page(.customer("K1"), at: now, utcOffset: 8 * 3600).content else {
            Issue.record("no 360")
            return
        }
        let action = champion.nextBestAction
        #expect(action.move.segment == .champion && action.move.kind == .bundle, "\(action.move)")
        #expect(!action.products.isEmpty, "a customer who buys everything still gets products")
        let next = try #require(action.products.first)
        #expect(next.category == "熟食" && next.lookAlikeBuyers == nil)
        #expect((next.theirShare ?? 0) > (next.ownShare ?? 1))

        guard case .customer(let other?) = try store.page(.customer("K2"), at: now, utcOffset: 8 * 3600).content else { return }
        #expect(other.nextBestAction.products.first == ProductSuggestion(category: "包装食品", lookAlikeBuyers: 2),
                "\(other.nextBestAction.products)")
    }
}
