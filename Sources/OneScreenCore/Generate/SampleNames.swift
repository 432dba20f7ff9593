/// Pools of Chinese names the sample records draw from: people, phone numbers, roads and buildings for the
/// customers' branch names.
enum SampleNames {
    /// The most common surnames, most frequent first, so that uniform draws still look like a real staff list.
    static let surnames = Array(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤"
    ).map(String.init)
    static let singleGivenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华飞鑫波斌宇浩凯健俊帆旭宁龙林欣玲婷雪琳晶颖倩慧佳")
        .map(String.init)
    static let doubleGivenNames = [
        "志强", "秀英", "建华", "丽娟", "海燕", "晓明", "文静", "建国", "俊杰", "子涵", "雨欣", "浩然", "欣怡", "志刚", "桂兰", "玉兰",
        "国强", "婷婷", "晓东", "春梅", "明辉", "丽华", "永强", "红梅", "宇航", "思远", "佳怡", "梦琪", "振华", "晓燕", "亚楠", "立新",
        "凤英", "建军", "海涛", "雪梅", "志明", "晓峰", "慧敏", "文博",
    ]

    /// A person's name: a surname and a one- or two-character given name.
    static func person(_ random: inout SampleRandom) -> String {
        random.pick(surnames) + (random.chance(0.55) ? random.pick(doubleGivenNames) : random.pick(singleGivenNames))
    }

    /// Mainland mobile prefixes of the three carriers.
    private static let mobilePrefixes = [
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "158",
        "159", "177", "180", "181", "182", "183", "186", "187", "188", "189", "199",
    ]

    /// An eleven-digit mobile number such as 13812345678.
    static func phone(_ random: inout SampleRandom) -> String {
        var number = random.pick(mobilePrefixes)
        for _ in 0..<8 { number += String(random.int(0...9)) }
        return number
    }

    static let roads = [
        "人民路", "中山路", "解放路", "建设路", "和平路", "新华路", "文化路", "长江路", "黄河路", "滨江路", "学府路", "科技路",
        "南湖路", "东风路", "胜利路", "青年路", "五一路", "朝阳路",
    ]
    static let officeBuildings = [
        "国贸中心", "金融大厦", "科创大厦", "软件园", "环球中心", "世纪广场", "财富中心", "创新港", "万象城写字楼", "数字产业园",
    ]
    static let estates = [
        "幸福里", "阳光花园", "锦绣家园", "翠湖苑", "金色家园", "碧水湾", "紫荆花园", "绿城小区", "香樟苑", "和平新村", "春晓苑",
        "丽景湾",
    ]
}
