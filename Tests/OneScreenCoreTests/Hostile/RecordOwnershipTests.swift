import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Records belong to the source that first wrote them: another configured source may not change them unless its
/// `may_update:` names the owner.
@Suite struct RecordOwnershipTests {
    static let contract = #"{"type":"contract","id":"K1","title":"冷链配送框架合同","counterparty":"沪联物流","amount":1200000,"status":"performing","owner":"李强"}"#
    static let requested = #"{"type":"seal_use","id":"S1","contract":"K1","seal":"contract","requested_by":"王敏","time":"2026-11-23T09:12:00+08:00","status":"used"}"#
    static let approved = #"{"type":"seal_use","id":"S1","contract":"K1","seal":"contract","requested_by":"王敏","approved_by":"赵总","time":"2026-11-23T09:12:00+08:00","status":"used"}"#
    static let standard = #"{"type":"standard","id":"STD-T","name":"车厢温度","metric":"cold.temp","max":4,"unit":"°C","level":3}"#
    static let looser = #"{"type":"standard","id":"STD-T","name":"车厢温度","metric":"cold.temp","max":40,"unit":"°C","level":3}"#

    let policy = RecordOwnership(sources: [
        SourceConfig(name: "erp", kind: "exec", interval: .seconds(60), timeout: .seconds(10), settings: .exec(ExecSettings(command: ["x"], directory: "/"))),
        SourceConfig(name: "api", kind: "exec", interval: .seconds(60), timeout: .seconds(10), settings: .exec(ExecSettings(command: ["x"], directory: "/"))),
        SourceConfig(name: "approvals", kind: "exec", interval: .seconds(60), timeout: .seconds(10),
                     settings: .exec(ExecSettings(command: ["x"], directory: "/")), mayUpdate: [Glob("erp*")]),
    ])

    func approvedBy(_ ingest: HostileIngest) throws -> String? {
        try DatabaseQueue(path: ingest.store.path).read { try String.fetchOne($0, sql: "SELECT approved_by FROM seal_use WHERE id = 'S1'") }
    }

    @Test func anotherSourcesUpdateIsRejectedNamingTheOwner() throws {
        let ingest = try HostileIngest()
        let (owned, _) = ingest.run([Self.contract, Self.requested, Self.standard].joined(separator: "\n"), sourceName: "erp", ownership: policy)
        #expect(owned.accepted == 3)
        let (hostile, reported) = ingest.run([Self.approved, Self.looser, Self.requested].joined(separator: "\n"), sourceName: "api", ownership: policy)
        #expect(hostile.rejected == 2)
        #expect(hostile.duplicates == 1, "the same values again are a repeat, not a change")
        #expect(reported == [
            "input.jsonl:1: id: seal use S1 belongs to source 'erp'; 'api' may not change it (list it under the source's may_update: to allow it)",
            "input.jsonl:2: id: standard STD-T belongs to source 'erp'; 'api' may not change it (list it under the source's may_update: to allow it)",
        ])
        #expect(try approvedBy(ingest) == nil)
        #expect(try ingest.count("SELECT count(*) FROM standard WHERE max = 4") == 1)
    }

    @Test func mayUpdateAndThePersonAtTheCommandLineMayChangeIt() throws {
        let ingest = try HostileIngest()
        _ = ingest.run([Self.contract, Self.requested].joined(separator: "\n"), sourceName: "erp", ownership: policy)
        let (allowed, reported) = ingest.run(Self.approved, sourceName: "approvals", ownership: policy)
        #expect(allowed.accepted == 1, "\(reported)")
        #expect(try approvedBy(ingest) == "赵总")
        let (person, _) = ingest.run(Self.requested, sourceName: "fix.jsonl", ownership: policy)
        #expect(person.accepted == 1)
        #expect(try approvedBy(ingest) == nil)
        // The owner stays the first writer.
        #expect(try ingest.count("SELECT count(*) FROM seal_use u JOIN source s ON s.id = u.source_id WHERE s.name = 'erp'") == 1)
    }

    @Test func mayUpdateIsReadFromTheConfig() throws {
        let dir = ingestDir()
        let plugin = dir.write("p.sh", "#!/bin/sh\n")
        chmod(plugin, 0o755)
        let path = dir.write("config.yaml", "sources:\n  - {name: approvals, kind: exec, command: [\"./p.sh\"], may_update: [erp, \"crm-*\"]}\n")
        let config = try ConfigLoader.load(path: path, environment: ["PATH": "/usr/bin:/bin", "HOME": dir.path])
        #expect(config.sources.first?.mayUpdate == [Glob("erp"), Glob("crm-*")])
    }

    func ingestDir() -> OneScreenTestSupport.TemporaryDirectory { OneScreenTestSupport.TemporaryDirectory("ownership") }
}
