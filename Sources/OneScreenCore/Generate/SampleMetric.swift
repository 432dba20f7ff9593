/// The metrics the sample sites report, each with the quality standard that judges it.
///
/// One standard per metric (the `standard` record has no site): its band is what normal readings stay inside with a
/// `margin` to spare, and what planned excursions leave by at least the same margin, so that rounding to the
/// metric's `decimals` can never move a reading across the band by accident.
enum SampleMetric: Int, Sendable, CaseIterable {
    case farmTemp, farmCO2
    case plantTemp, plantCO2, plantWeight
    case coldTemp, coldDoor
    case warehouseTemp, warehouseLight
    case freezerTemp, storeLight

    var id: String {
        switch self {
        case .farmTemp: "farm.temp"
        case .farmCO2: "farm.co2"
        case .plantTemp: "plant.temp"
        case .plantCO2: "plant.co2"
        case .plantWeight: "plant.weight"
        case .coldTemp: "cold.temp"
        case .coldDoor: "cold.door"
        case .warehouseTemp: "warehouse.temp"
        case .warehouseLight: "warehouse.light"
        case .freezerTemp: "store.freezer.temp"
        case .storeLight: "store.light"
        }
    }

    var stage: Stage {
        switch self {
        case .farmTemp, .farmCO2: .farm
        case .plantTemp, .plantCO2, .plantWeight: .plant
        case .coldTemp, .coldDoor: .transport
        case .warehouseTemp, .warehouseLight: .warehouse
        case .freezerTemp, .storeLight: .store
        }
    }

    var unit: String {
        switch self {
        case .farmTemp, .plantTemp, .coldTemp, .warehouseTemp, .freezerTemp: "°C"
        case .farmCO2, .plantCO2: "ppm"
        case .plantWeight: "g"
        case .coldDoor: "0/1"
        case .warehouseLight, .storeLight: "lux"
        }
    }

    /// Places written after the decimal point.
    var decimals: Int {
        switch self {
        case .farmTemp, .plantTemp, .coldTemp, .warehouseTemp, .freezerTemp, .plantWeight: 1
        case .farmCO2, .plantCO2, .coldDoor, .warehouseLight, .storeLight: 0
        }
    }

    /// Seconds between regular readings at scale 1. Sensors of continuous quantities report hourly; door and light
    /// gateways report on change plus a heartbeat every six hours.
    var baseStep: Int64 {
        switch self {
        case .coldDoor, .warehouseLight, .storeLight: 6 * 3600
        default: 3600
        }
    }

    var standardID: String {
        switch self {
        case .farmTemp: "STD-FARM-TEMP"
        case .farmCO2: "STD-FARM-CO2"
        case .plantTemp: "STD-PLANT-TEMP"
        case .plantCO2: "STD-PLANT-CO2"
        case .plantWeight: "STD-PLANT-WEIGHT"
        case .coldTemp: "STD-COLD-TEMP"
        case .coldDoor: "STD-COLD-DOOR"
        case .warehouseTemp: "STD-WAREHOUSE-TEMP"
        case .warehouseLight: "STD-WAREHOUSE-LIGHT"
        case .freezerTemp: "STD-STORE-FREEZER-TEMP"
        case .storeLight: "STD-STORE-LIGHT"
        }
    }

    var standardName: String {
        switch self {
        case .farmTemp: "鸡舍温度"
        case .farmCO2: "鸡舍二氧化碳浓度"
        case .plantTemp: "加工车间温度"
        case .plantCO2: "加工车间二氧化碳浓度"
        case .plantWeight: "成品净含量（500g装）"
        case .coldTemp: "冷链车厢温度"
        case .coldDoor: "冷链车门持续开启"
        case .warehouseTemp: "冷库温度（冷藏区）"
        case .warehouseLight: "冷库照度"
        case .freezerTemp: "门店冷冻柜温度"
        case .storeLight: "门店冷柜照度"
        }
    }

    var minimum: Double? {
        switch self {
        case .farmTemp: 18
        case .plantTemp, .coldTemp, .warehouseTemp: 0
        case .plantWeight: 490
        default: nil
        }
    }

    var maximum: Double? {
        switch self {
        case .farmTemp: 30
        case .farmCO2: 3000
        case .plantTemp: 12
        case .plantCO2: 1500
        case .plantWeight: 520
        case .coldTemp, .warehouseTemp: 4
        case .coldDoor: 0
        case .warehouseLight: 300
        case .freezerTemp: -18
        case .storeLight: 1200
        }
    }

    /// Seconds a reading must stay out of band before the standard is broken (one spike is not an alert).
    var hold: Int64 {
        switch self {
        case .plantTemp, .plantCO2, .coldTemp: 900
        case .warehouseTemp: 1200
        default: 1800
        }
    }

    /// The alert level a breach raises. Quality out of band is a business anomaly (3); short-weight prepackaged
    /// food breaks metrology law, a compliance risk (4); lights and a door left open degrade the cold chain
    /// before they spoil food, a decline (2).
    var level: Int {
        switch self {
        case .plantWeight: 4
        case .coldDoor, .warehouseLight, .storeLight: 2
        default: 3
        }
    }

    /// Distance kept from the band: normal readings stay this far inside, excursions go at least this far out.
    var margin: Double {
        switch self {
        case .farmTemp, .plantTemp: 0.5
        case .coldTemp, .warehouseTemp: 0.3
        case .freezerTemp: 0.4
        case .plantWeight: 1.5
        case .farmCO2, .plantCO2: 60
        case .coldDoor: 0
        case .warehouseLight: 20
        case .storeLight: 50
        }
    }

    /// The lowest value the quantity can physically take (no negative lux, no CO2 below outdoor air).
    var floor: Double {
        switch self {
        case .warehouseLight, .storeLight, .coldDoor: 0
        case .farmCO2, .plantCO2: 400
        default: -Double.greatestFiniteMagnitude
        }
    }

    /// A value as the files hold it: rounded to the metric's decimals.
    func written(_ value: Double) -> Double {
        Double(RecordBuffer.scale(value, decimals: decimals)) / Double(RecordBuffer.powersOfTen[decimals])
    }

    /// The `standard` record that judges this metric.
    var standard: Standard {
        Standard(
            id: standardID, name: standardName, metric: id, stage: stage, min: minimum, max: maximum, unit: unit,
            level: level, hold: Int(hold))
    }
}
