//! Realistic people for the synthetic county: names by the frequency of Chinese surnames, valid
//! ID numbers (unique per county), mobile numbers, and the texts that give rows their width.

use chrono::{Datelike, NaiveDate};
use entities::enums::Gender;
use gridgov_api::domain::id_card::with_check_character;
use rand::Rng;
use rand::rngs::StdRng;
use std::collections::HashSet;

/// The common surnames, the most frequent first (each is drawn with a weight falling with rank).
const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
    "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
    "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏",
    "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
    "欧阳", "司马",
];
const MALE_GIVEN: &[&str] = &[
    "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "建国", "志强",
    "德胜", "文", "斌", "鹏", "宇", "浩", "俊", "峰", "建华", "国庆", "子轩", "浩然", "宇航", "海",
    "振东", "立新", "永刚", "庆", "博", "晨", "昊天",
];
const FEMALE_GIVEN: &[&str] = &[
    "芳", "娜", "秀英", "敏", "静", "丽", "艳", "娟", "霞", "桂英", "秀兰", "玉兰", "红", "燕",
    "玲", "婷", "雪", "慧", "颖", "欣怡", "梓涵", "雨桐", "淑珍", "凤英", "晓燕", "丹", "萍", "琳",
    "佳", "思雨", "美华", "春梅",
];
const ETHNICITIES: &[&str] = &[
    "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "满族",
];
const ROADS: &[&str] = &[
    "人民路",
    "解放路",
    "建设街",
    "文化路",
    "胜利街",
    "和平路",
    "泰山大街",
    "青年路",
    "光明街",
    "新华路",
    "长青路",
    "府前街",
];
const ESTATES: &[&str] = &[
    "幸福家园",
    "阳光小区",
    "锦绣花园",
    "书香苑",
    "翠湖庭院",
    "和谐佳苑",
    "泉城名居",
    "丽景花园",
    "世纪新村",
    "金色华庭",
];

pub fn surname(rng: &mut StdRng) -> &'static str {
    // Zipf-like: rank r drawn with weight 1/(r+4).
    let weights_total: f64 = (0..SURNAMES.len()).map(|r| 1.0 / (r as f64 + 4.0)).sum();
    let mut x = rng.random::<f64>() * weights_total;
    for (r, s) in SURNAMES.iter().enumerate() {
        x -= 1.0 / (r as f64 + 4.0);
        if x <= 0.0 {
            return s;
        }
    }
    SURNAMES[0]
}

pub fn pick<'a>(rng: &mut StdRng, items: &[&'a str]) -> &'a str {
    items[rng.random_range(0..items.len())]
}

pub fn given_name(rng: &mut StdRng, gender: Gender) -> String {
    let pool = if gender == Gender::Male {
        MALE_GIVEN
    } else {
        FEMALE_GIVEN
    };
    pick(rng, pool).to_string()
}

pub fn full_name(rng: &mut StdRng, gender: Gender) -> String {
    format!("{}{}", surname(rng), given_name(rng, gender))
}

pub fn ethnicity(rng: &mut StdRng) -> &'static str {
    pick(rng, ETHNICITIES)
}

pub fn road(rng: &mut StdRng) -> &'static str {
    pick(rng, ROADS)
}

pub fn estate(rng: &mut StdRng) -> &'static str {
    pick(rng, ESTATES)
}

/// Draws ID numbers that are valid (check character) and unique within one county.
pub struct IdNumbers {
    county_code: String,
    seen: HashSet<String>,
}

impl IdNumbers {
    pub fn new(county_code: &str) -> Self {
        Self {
            county_code: county_code.to_string(),
            seen: HashSet::new(),
        }
    }

    /// A fresh number for someone born on `birth` of `gender` (odd sequence digit: male).
    pub fn draw(&mut self, rng: &mut StdRng, birth: NaiveDate, gender: Gender) -> String {
        loop {
            let seq = rng.random_range(0..500u32) * 2 + u32::from(gender == Gender::Male);
            let first17 = format!(
                "{}{:04}{:02}{:02}{:03}",
                self.county_code,
                birth.year(),
                birth.month(),
                birth.day(),
                seq
            );
            if let Some(number) = with_check_character(&first17)
                && self.seen.insert(number.clone())
            {
                return number;
            }
        }
    }
}

pub fn birth_date(rng: &mut StdRng, today: NaiveDate) -> NaiveDate {
    // Ages 0–95, more adults than children or the very old.
    let age_days = {
        let a: f64 = rng.random::<f64>() * 0.6 + rng.random::<f64>() * 0.6;
        (a / 1.2 * 95.0 * 365.25) as i64
    };
    today - chrono::Duration::days(age_days.max(1))
}

pub fn mobile(rng: &mut StdRng) -> String {
    const PREFIXES: &[&str] = &[
        "130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159",
        "177", "180", "186", "187", "188", "199",
    ];
    format!(
        "{}{:08}",
        pick(rng, PREFIXES),
        rng.random_range(0..100_000_000u32)
    )
}

/// An event's description: a realistic sentence of 40–120 characters.
pub fn event_description(rng: &mut StdRng, category: &str, place: &str) -> String {
    const WHAT: &[&str] = &[
        "群众反映路灯损坏，夜间出行存在安全隐患，请尽快维修。",
        "楼道内堆放杂物，堵塞消防通道，多次劝说无效。",
        "小区门口占道经营现象严重，影响行人和车辆通行。",
        "雨水井盖缺失，路面积水，老人和儿童经过时有危险。",
        "邻里之间因噪音问题发生争执，双方情绪较激动，需要调解。",
        "建筑垃圾随意倾倒，扬尘较大，周边居民意见较大。",
        "独居老人家中水管漏水，无人帮助处理。",
        "企业拖欠务工人员工资，涉及人数较多，需协调解决。",
        "绿化带树木倒伏，压在电动车棚上，存在隐患。",
        "宠物犬未拴绳，多次惊吓过往行人。",
    ];
    format!(
        "【{category}】{place}：{}{}",
        pick(rng, WHAT),
        if rng.random_bool(0.5) {
            "网格员已到现场核实，现场拍照留存。"
        } else {
            ""
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use gridgov_api::domain::id_card::IdCardNo;
    use rand::SeedableRng;

    #[test]
    fn drawn_id_numbers_are_valid_unique_and_match_the_gender() {
        let mut rng = StdRng::seed_from_u64(7);
        let mut ids = IdNumbers::new("371601");
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        let mut seen = HashSet::new();
        for i in 0..2_000 {
            let gender = if i % 2 == 0 {
                Gender::Male
            } else {
                Gender::Female
            };
            let birth = birth_date(&mut rng, today);
            let number = ids.draw(&mut rng, birth, gender);
            let parsed = IdCardNo::parse("idCardNo", &number).expect("valid number");
            assert_eq!(parsed.gender(), gender);
            assert_eq!(parsed.birth_date(), birth);
            assert!(seen.insert(number));
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_people() {
        let draw = |seed| {
            let mut rng = StdRng::seed_from_u64(seed);
            (0..50)
                .map(|_| full_name(&mut rng, Gender::Female))
                .collect::<Vec<_>>()
        };
        assert_eq!(draw(1), draw(1));
        assert_ne!(draw(1), draw(2));
    }
}
