/// Records with a person, a phone, amounts and a reading out of band: what the access tests look for in (and
/// must not find in) a masked view.
enum AccessRecords {
    static func lines(now: Int) -> [String] {
        [
            #"{"type":"standard","id":"STD-T","name":"冷藏车厢温度","metric":"cold.temp","stage":"transport","max":4,"unit":"°C","level":3}"#,
            #"{"type":"reading","metric":"cold.temp","site":"沪A·冷链07","stage":"transport","time":\#(now - 60),"value":7.25,"unit":"°C"}"#,
            #"{"type":"customer","id":"C1","name":"金鼎餐饮","kind":"restaurant","region":"华东","channel":"直营","contact":"王敏","phone":"13812345678","since":"2024-01-02"}"#,
            #"{"type":"order","id":"O1","customer":"C1","time":\#(now - 86400),"amount":4321000,"category":"冷冻食品","channel":"直营"}"#,
            #"{"type":"contract","id":"K1","title":"冷链配送框架合同","counterparty":"沪联物流","amount":3456789,"status":"performing","owner":"李强","end":"2099-01-01"}"#,
            #"{"type":"seal_use","id":"S1","contract":"K1","seal":"contract","requested_by":"欧阳娜娜","time":\#(now - 3600),"status":"used"}"#,
        ]
    }
}
