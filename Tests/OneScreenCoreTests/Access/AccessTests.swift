import Testing
@testable import OneScreenCore

@Suite struct AccessTests {
    let kiosk = Role.builtIn.first { $0.name == "kiosk" }!
    let executive = Role.builtIn.first { $0.name == "executive" }!
    let frontline = Role.builtIn.first { $0.name == "frontline" }!

    @Test func masksFollowTheBlueprintExamples() {
        #expect(Masking.phone("13812345678") == "138****5678")
        #expect(Masking.name("张伟") == "张*")
        #expect(Masking.name("欧阳娜娜") == "欧***")
        #expect(Masking.range(of: 1_234_567) == 1_000_000...10_000_000)
    }

    @Test func aViewerSeesWhatTheirClearanceAllowsAndLessTheFurtherAboveItIs() {
        let boss = Viewer(user: "zhao", role: executive)
        let wall = Viewer(user: "kiosk", role: kiosk)
        let site = Viewer(user: "li", role: frontline)
        #expect(boss.text("13812345678", as: .customerPhone) == "13812345678")
        #expect(wall.text("13812345678", as: .customerPhone) == "***")
        #expect(wall.text("王敏", as: .personName) == "王*")  // internal, one grade above public
        #expect(site.number(1_234_567, as: .contractAmount) == 1_000_000)  // key, one above internal: a range
        #expect(wall.number(1_234_567, as: .contractAmount) == 0)  // two above: hidden
        #expect(wall.mask(for: .contractAmount) == .hidden)
        #expect(boss.mask(for: .customerPhone) == nil)
    }

    @Test func configOverridesMoveAFieldsGrade() {
        let wall = Viewer(user: "kiosk", role: kiosk, grades: GradeBook(overrides: [.site: .public]))
        #expect(wall.text("沪A·冷链07", as: .site) == "沪A·冷链07")
    }

    @Test func roleRequestsMayLowerButNeverRaiseClearance() throws {
        let policy = AccessPolicy(roles: Role.builtIn, users: ["li": "frontline"], grades: GradeBook())
        let li = PeerIdentity(uid: 1001, name: "li"), stranger = PeerIdentity(uid: 1002, name: "stranger")
        #expect(try policy.viewer(for: li, owner: 0, requested: "kiosk").role.name == "kiosk")
        #expect(throws: AccessError.self) { try policy.viewer(for: li, owner: 0, requested: "executive") }
        // Not in the config: the lowest role, and asking for more is refused with a message that says how.
        #expect(policy.role(of: stranger, owner: 0).name == "kiosk")
        do {
            _ = try policy.viewer(for: stranger, owner: 0, requested: "executive")
            Issue.record("raised clearance")
        } catch {
            #expect(error.description.contains("may lower the clearance, not raise it"))
        }
    }
}
