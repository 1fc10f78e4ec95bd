"""The words of questions: what asks for what (zh and en). Data only; parse.py reads it. The words for
relations are the ontology's (gxo:questionWord), read through gxkg.vocab.

Entity names are never listed here: they come from the name index. Relation words are matched only
outside the spans of recognised names, so "goods" inside a centre's name is part of the name.
"""

from __future__ import annotations

from functools import lru_cache

from .. import lazyre

# words for the inverse of gxo:partOf (what a group or industry includes), which the graph does not state
INVERSE_RELATIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "hasMember": (("包括哪些茶", "包括", "包含", "组成", "成员", "有哪几种"),
                  ("listed under", "members of", "member of", "include", "includes", "make up", "makes up", "consist of", "belong to the")),
}


# kinds as a source names them (电商品牌活动): the things of the kind whose source sentence says so; class word -> phrase
SOURCE_PHRASES: dict[str, str] = {w: "品牌活动" for w in ("电商品牌活动", "品牌活动", "brand events", "branded events", "brand campaigns", "branding campaigns",
                                                       "branded campaigns", "brand activities", "branded e-commerce promo campaigns",
                                                       "e-commerce branding campaigns", "branded promo events", "promo events", "branded e-commerce promo events", "branded promo campaigns",
                                                       "e-commerce promo events", "e-commerce promo campaigns",
                                                       "promotional events", "branded e-commerce campaigns", "e-commerce campaigns",
                                                       "branded campaigns")}


# the name of each inverse relation in answers (zh, en)
INVERSE_LABELS: dict[str, tuple[str, str]] = {"hasMember": ("包括", "includes")}


# what each inverse relation joins, as gxo class names (a group and what it includes: products and industries)
INVERSE_ENDS: dict[str, tuple[str, ...]] = {"hasMember": ("Product", "Industry")}


# words that name two relations at once (the ontology gives each of them the word): both are asked
BOTH_RELATIONS = {"上下游", "upstream and downstream"}


def relations() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Relation (local name of the gxo property) -> (zh words, en words): each property's gxo:questionWord
    in the ontology (gxkg.vocab), then the inverse relations above."""
    from ..vocab import vocabulary

    return _relations(vocabulary())


@lru_cache(maxsize=4)
def _relations(v) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    zh, en = v.question_words("zh"), v.question_words("en")
    return {**{p: (zh.get(p, ()), en.get(p, ())) for p in v.properties if p in zh or p in en}, **INVERSE_RELATIONS}


def units() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Unit (local name of the gxo unit) -> (zh words, en words) that ask for a figure in it (公顷, per kilogram):
    the unit's gxo:questionWord in the ontology."""
    from ..vocab import vocabulary

    return _units(vocabulary())


@lru_cache(maxsize=1)
def price_units() -> frozenset[str]:
    """The units of a price by weight (the ontology's units of the quantity kind gxo:PricePerMass)."""
    from ..vocab import vocabulary

    return frozenset(u for u, t in vocabulary().units.items() if str(t.quantity or "").endswith("#PricePerMass"))


@lru_cache(maxsize=4)
def _units(v) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    zh, en = v.unit_words("zh"), v.unit_words("en")
    return {u: (zh.get(u, ()), en.get(u, ())) for u in sorted(set(zh) | set(en))}


# an indicator that is a kind of another (cross-border e-commerce volume is e-commerce volume): with both read
# from one phrase (跨境电商一共成交了多少), the question asks for the narrower one
NARROWER = {"cross-border-ecommerce-transaction-volume": "ecommerce-transaction-volume",
            "rural-online-retail-sales": "online-retail-sales"}

# words that ask for a figure, by indicator (local name under resource/indicator/); the indicator's own
# labels are matched as well
INDICATOR_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "annual-sales": (("销售总额", "总销售额", "销售额", "销售收入", "卖了多少", "卖多少", "卖了", "卖得", "销售", "营收", "产值", "卖出", "卖"),
                     ("sales", "sold", "selling", "sell", "sells", "revenue", "turnover", "make from", "made from", "sell for", "bring in",
                      "brought in", "brings in", "turn over", "turned over", "turns over", "outsell", "outsold", "outsells",
                      "sold for", "rake in", "raked in", "rakes in", "pull in", "pulled in", "pulls in",
                      "earn from", "earned", "earn", "make", "made")),
    "ecommerce-transaction-volume": (("电子商务交易额", "电商总交易", "总交易", "电商交易额", "全部电商交易", "电商交易总额", "交易总额", "交易额", "交易规模", "电商规模", "电商总额", "电商总盘子", "交易总盘子", "总盘子", "电商总量", "成交额", "成交了多少", "成交"),
                                     ("e-commerce transaction volumes", "e-commerce trading value", "e-commerce trading volume", "trading value", "trading volume", "transaction total", "transactions total", "e-commerce transaction volume", "e-commerce volumes", "e-commerce volume", "transaction volume", "total e-commerce", "e-commerce totals", "e-commerce total",
                                      "e-commerce transactions", "e-commerce trade", "ecommerce volume",
                                      "e-commerce turnover", "e-commerce sales", "volume of e-commerce", "transactions", "trade worth",
                                      "transaction value", "value of transactions", "e-commerce deals", "deals", "online transaction value", "online transaction turnover", "online transaction volume", "online transactions", "online transaction")),
    "cross-border-ecommerce-transaction-volume": (("跨境电商交易额", "跨境电子商务交易额", "跨境交易额", "跨境电商", "跨境电子商务"),
                                                  ("cross-border e-commerce transaction volume", "cross-border e-commerce turnover", "cross-border turnover", "cross-border e-commerce transactions",
                                                   "cross-border transactions",
                                                   "cross-border e-commerce volume", "cross-border e-commerce trade", "cross-border e-commerce",
                                                   "cross-border", "cross border")),
    "online-retail-sales": (("网零", "网上零售", "网上零售交易额", "网络零售交易额", "网络零售额", "网上零售额", "网络零售"), ("online retail",)),
    "rural-online-retail-sales": (("农村网络零售额", "农村网络零售", "累计网络零售额", "累计实现网络零售额", "网络零售额累计", "网络零售累计"), ("rural online retail", "rural online retail sales", "cumulative online retail sales",
                                                              "rural online sales")),
    "price-before-model": (("前后的价格", "前后价格", "原价", "没走电商", "没做电商", "没搞电商", "以前卖", "原本", "原来", "之前", "以前", "过去", "采用模式前", "新模式前", "模式前", "涨价前", "价格", "价位", "售价", "价钱", "单价", "多少钱一斤", "每斤",
                            "一斤"), ("before", "old price", "price", "prices", "cost", "per jin", "for a jin", "a jin", "used to get", "sell for", "sold for", "fetch", "fetched", "selling for",
                           "selling at", "going for")),
    "price-after-model": (("模式前后", "前后的价格", "前后价格", "现在多少钱一斤", "现在多少钱", "现在一斤", "现在每斤", "现在卖", "后来", "之后", "以后", "采用模式后", "新模式后", "模式后", "涨价后", "高价", "价格", "价位", "售价", "价钱", "单价", "多少钱一斤", "每斤",
                           "一斤"), ("after", "now sell", "now sells", "now cost", "now costs", "now fetch", "now fetches", "sell now", "price now", "price", "prices", "cost", "per jin", "for a jin", "a jin", "get now", "sell for", "sold for", "fetch",
                                    "fetched", "selling for", "selling at", "going for")),
    "villager-annual-income": (("收入", "挣", "赚", "年入"), ("income", "earn", "earns", "make a year")),
    "individual-online-shops": (("网店", "个人网店", "店铺"), ("personal web shops", "personal web stores", "personal web store", "personal online shops", "personal shops", "personal online stores", "online shops", "online stores", "shops", "web shops",
                                                        "individual shops", "individual online shops", "individual online shop",
                                                        "online shop", "online store", "web stores", "web store", "individual web stores")),
    "employment-driven": (("饭碗", "就业", "岗位", "带动就业", "直接加间接", "直接和间接", "直接间接"), ("jobs", "livelihoods", "direct and knock-on jobs", "knock-on jobs", "direct and indirect jobs", "headcount", "head-count", "head count", "spillover jobs", "owe their jobs", "owe jobs", "employment effect", "employment", "employ", "employed", "work in",
                          "put to work", "puts to work",
                                                     "working in")),
    "rural-service-stations": (("服务站点", "服务站", "站点"), ("service stations", "service points", "stations", "service sites", "rural service sites")),
    "logistics-delivery-outlets": (("物流配送网点", "配送网点", "物流网点"), ("delivery outlets", "logistics outlets",
                                                                   "delivery points", "delivery point", "logistics points",
                                                                   "distribution points", "distribution point", "distribution outlets",
                                                                   "rural logistics distribution points", "rural logistics", "parcel delivery outlets", "parcel delivery points", "parcel outlets", "logistics")),
    "rural-ecommerce-training": (("培训", "人次"), ("training", "trained", "skills training", "skill training", "trainee-sessions", "trainee sessions", "person-times", "person-time", "training sessions")),
    "training-beneficiaries": (("受益人数", "受益"), ("benefiting", "benefited", "beneficiaries")),
    "agricultural-online-products": (("农产品网销单品数", "网销单品数", "网销农产品单品", "网上卖的农产品单品", "农产品单品", "网销的农产品", "单品", "网销单品", "农产品网销"), ("online agricultural single products", "agricultural single products", "farm products developed for selling online", "developed for selling online", "farm products sold online", "online agricultural products", "farm products sold online", "agricultural products", "online sale", "farm products", "for selling online", "develop for selling online", "developed for online sale", "online single products", "online single product",
                                                         "single products sold online", "single-product listings", "online product listings",
                                                         "online product items", "online products", "web-sold skus", "web-sold items", "web-sold products", "web-sold", "items sold online", "agricultural items", "farm items")),
    "rural-ecommerce-coverage": (("覆盖率", "渗透率", "覆盖"), ("coverage", "penetration", "covered")),
    "national-rural-ecommerce-demonstration-counties": (("示范县",), ("demonstration counties", "demonstration county",
                                                                    "demonstration", "demo counties", "demo county", "demo")),
    "households-lifted": (("扶贫带了", "扶贫带动了", "扶贫带动", "带了多少户", "带动了多少户", "脱贫", "贫困户", "户数", "多少户"), ("poor households", "households", "out of poverty", "lifted", "lift", "lifts", "incomes rise", "incomes rose", "income rise",
                                                                                                 "incomes raised", "impoverished households", "raise their incomes", "raised their incomes", "raise their income", "raised their income", "impoverished families", "poor families", "families")),
    "floor-area": (("营业面积", "面积", "多大", "占地", "平米", "平方米"), ("floor area", "floor space", "area", "how big", "size", "large is", "square metres",
                                          "square meters", "how many m2", "how many m²", "how many sqm", "how many sq m", "how many square metres",
                                          "how many square meters")),
    "merchants": (("商家", "商户", "入驻"), ("merchants", "sellers", "vendors", "tenant merchants", "tenants", "tenant")),
    "skus": (("商品SKU", "商品sku", "SKU", "sku", "单品数"), ("stock-keeping units", "stock keeping units", "product lines", "product line", "sku", "skus")),
    "offline-experience-stores": (("体验店", "线下店", "门店", "家店", "开店"), ("offline experience stores", "offline experience store", "experience stores", "offline stores", "offline store",
                                                      "offline shops", "offline shop", "brick-and-mortar experience shops", "brick-and-mortar shops", "brick-and-mortar stores", "brick-and-mortar experience stores", "physical stores", "physical shops", "offline experience shops", "offline experience shop", "experience shops", "experience shop", "stores")),
    "asean-enterprises-served": (("东盟企业", "服务企业数量", "服务企业数", "服务了多少家企业", "服务多少家企业", "服务了多少家", "服务过多少家", "服务多少家", "服务了几家", "服务过几家"), ("asean enterprises", "asean companies", "asean firms", "asean enterprise", "asean company", "asean firm", "asean businesses", "asean business")),
    "share-of-national-shops": (("全国店铺数", "全国店铺", "全国占比"), ("share of all shops", "national shops", "share of the national total", "of the national total", "shop share of the national total", "shops' share of the national total", "shop share",
                                                               "all shops in china", "shops in china", "national store count", "national shop count",
                                                               "national count of stores", "national count of shops")),
    "rank-among-western-provinces": (("排名", "排第几", "第几", "西部省份", "西部", "排老几", "排第几名", "名列第几", "名列", "位列", "位居", "西部各省份", "西部各省区", "西部各省", "西部省区"), ("rank", "ranked", "ranking", "in western china", "western china", "in western province", "western province",
                                                                      "among western provinces", "western provinces",
                                                                      "position", "placed", "standing")),
    "main-entrepreneur-age": (("年龄", "多大岁数", "主力军", "创业主体", "主力人群", "电商创业", "创业", "年龄段", "青年"), ("age", "ages", "how old", "entrepreneurs",
                                                                         "age bracket", "age group", "age range", "founders", "core", "main body", "mainstay", "main force",
                                                                         "start-ups", "startups", "start-up", "startup", "online start-ups", "online startups", "online start-up", "dominate", "dominates", "dominant")),
    "final-consumption-contribution-to-growth": (("贡献率", "最终消费", "经济增长"), ("contribution", "final consumption",
                                                                         "contribute", "contributes", "contributed", "contribution rate",
                                                                         "economic growth", "contribution to growth",
                                                                         "contribution to economic growth", "contributed to growth", "gdp growth", "final consumption spending", "consumption spending")),
    "pilot-zone-cities": (("试验区城市", "城市获批", "个城市设立", "同意了多少个城市", "同意在多少个城市", "同意多少个城市"), ("pilot-zone cities", "pilot zone cities")),
    "cross-border-share-of-foreign-trade": (("进出口总额", "进出口", "外贸"), ("imports and exports", "foreign trade")),
    "ecommerce-transaction-volume-average-annual-growth": (("年均增长", "年均增速", "平均增长"),
                                                           ("average annual growth", "annual average growth",
                                                            "average growth", "cagr")),
    "cross-border-ecommerce-yoy-growth": ((), ()),
    "online-retail-sales-yoy-growth": ((), ()),
}

# indicators that count things by a rise said in their words (households whose incomes rose): no growth asked
RISE_COUNTED = frozenset({"households-lifted"})

# class words, for counts and lists: zh/en word -> class local name
CLASS_WORDS = {
    "zh": {"区县": "County", "区县市": "County", "些区县市": "County", "个区县市": "County", "县市区": "County", "县区市": "County", "市县区": "County", "些县市区": "County", "县区": "County", "些区县": "County", "个区县": "County", "些县区": "County", "个县区": "County", "县": "County", "县级市": "County", "地级市": "Prefecture", "设区市": "Prefecture", "设区的市": "Prefecture",
           "城市": "Prefecture", "市": "Prefecture", "地市": "Prefecture", "乡镇": "Township", "乡镇级单位": "Township", "乡镇级": "Township", "乡级行政区": "Township", "乡级单位": "Township", "乡镇级行政区": "Township", "省级单位": "Province", "省级行政单位": "Province", "镇级单位": "Township", "村级单位": "Village", "村级": "Village", "个镇": "Township", "些镇": "Township", "个乡": "Township", "村": "Village",
           "产品": "Product", "特产": "Product", "特色产品": "Product", "特色农产品": "Product", "土特产": "Product", "农产品": "Product", "米粉": "Product", "茶叶": "Product", "茶品种": "Product", "茶叶品种": "Product", "茶": "Product", "茶产品": "Product", "茶类产品": "Product",
           "平台": "Platform", "电商平台": "Platform", "贸易平台": "Platform", "企业": "Organization", "公司": "Organization",
           "机构": "Organization", "组织": "Organization", "机关": "Organization", "政策": "Policy", "文件": "Policy", "政策文件": "Policy", "批复": "Policy", "批覆": "Policy", "通知": "Policy", "意见": "Policy", "规划": "Policy", "方案": "Policy", "活动": "Event",
           "会议": "Event", "盛会": "Event", "论坛": "Event", "峰会": "Event", "博览会": "Event", "大会": "Event", "展会": "Event",
           "大赛": "Event", "节庆": "Event", "电商节": "Event", "发布会": "Event", "对接会": "Event", "电商扶贫模式": "PovertyAlleviationModel", "联动": "BusinessModel", "联动模式": "BusinessModel", "扶贫联动": "PovertyAlleviationModel", "贸易模式": "TradeModel", "扶贫模式": "PovertyAlleviationModel",
           "模式": "BusinessModel", "产业": "Industry", "工程": "Program", "项目": "Program", "试点项目": "Program", "试点工程": "Program", "试点": "Program",
           "县级行政区": "County", "县级行政单位": "County", "县级单位": "County", "县级区划": "County",
           "自治县": "County", "民族自治县": "County", "市区": "County", "市辖区": "County", "个区": "County", "些区": "County", "的区有": "County", "的区都": "County", "的区多": "County", "的区最": "County", "的区少": "County", "城区": "County", "地级行政区": "Prefecture", "省份": "Province", "省区": "Province", "省市": "Province", "省级行政区": "Province",
           "设施": "Facility", "项数据": "Observation", "数据项": "Observation", "条数据": "Observation", "中心": "Facility", "行政区划": "Place", "地方": "Place", "地点": "Place",
           "境外地区": "Region", "直辖市": "Province", "更名事件": "NameChange", "行政区更名事件": "NameChange", "更名记录": "NameChange",
           "改名事件": "NameChange", "改名记录": "NameChange", "区划更名": "NameChange", "个称号": "Designation", "些称号": "Designation",
           "种称号": "Designation", "类称号": "Designation", "个指标": "Indicator", "些指标": "Indicator", "类指标": "Indicator", "种指标": "Indicator"},
    "en": {"counties": "County", "county": "County", "district": "County", "prefectures": "Prefecture", "prefecture": "Prefecture",
           "cities": "Prefecture", "county-level": "County", "city": "Prefecture", "townships": "Township", "township": "Township", "town": "Township", "towns": "Township", "villages": "Village",
           "village": "Village", "products": "Product", "product": "Product", "specialty": "Product", "specialties": "Product", "specialty products": "Product", "specialties": "Product", "varieties": "Product",
           "noodles": "Product", "rice noodles": "Product", "teas": "Product", "tea products": "Product", "tea product": "Product", "kinds of tea": "Product", "platforms": "Platform", "platform": "Platform",
           "enterprises": "Organization", "companies": "Organization", "company": "Organization", "bodies": "Organization", "body": "Organization",
           "trade model": "TradeModel", "trade models": "TradeModel",
           "firms": "Organization", "local product": "Product", "local products": "Product", "local specialties": "Product", "local specialty": "Product", "outfits": "Organization", "outfit": "Organization", "players": "Organization", "organisations": "Organization", "organizations": "Organization",
           "policies": "Policy", "policy": "Policy", "approval": "Policy", "approvals": "Policy", "documents": "Policy", "document": "Policy", "papers": "Policy", "policy papers": "Policy", "paper": "Policy", "reply": "Policy", "notice": "Policy",
           "circular": "Policy", "plan": "Policy", "plans": "Policy", "opinions": "Policy", "business model": "BusinessModel",
           "business models": "BusinessModel", "events": "Event", "event": "Event", "branded events and campaigns": "Event", "forum": "Event", "forums": "Event", "summit": "Event",
           "summits": "Event", "expo": "Event", "expos": "Event", "fair": "Event", "fairs": "Event", "conference": "Event",
           "conferences": "Event", "festival": "Event", "festivals": "Event", "contest": "Event", "contests": "Event", "competition": "Event", "competitions": "Event",
           "models": "BusinessModel", "linkages": "BusinessModel", "linkage": "BusinessModel", "poverty-alleviation model": "PovertyAlleviationModel",
           "poverty alleviation model": "PovertyAlleviationModel", "poverty alleviation models": "PovertyAlleviationModel", "poverty-alleviation models": "PovertyAlleviationModel", "industries": "Industry", "industry": "Industry", "industry chain": "Industry", "industry chains": "Industry", "programmes": "Program", "programs": "Program", "initiatives": "Program", "initiative": "Program", "pilot programme": "Program", "pilot program": "Program", "programme": "Program",
           "pilot scheme": "Program", "schemes": "Program",
           "province-level divisions": "Province", "province-level division": "Province", "province-level regions": "Province",
           "provincial-level divisions": "Province", "provincial-level division": "Province", "provincial-level regions": "Province",
           "township-level divisions": "Township", "township-level division": "Township", "township-level units": "Township", "member products": "Product", "member product": "Product", "xian": "County", "shiqu": "County", "city-level administration": "Prefecture", "prefecture-level administration": "Prefecture", "township-level unit": "Township", "town-level unit": "Township", "town-level units": "Township",
           "projects": "Program", "county-level units": "County", "county-level unit": "County",
           "county-level divisions": "County", "county-level division": "County",
           "county-level administrative divisions": "County", "county-level cities": "County",
           "county-level city": "County", "autonomous counties": "County", "ethnic autonomous counties": "County", "ethnic autonomous county": "County", "minority autonomous counties": "County", "autonomous county": "County", "autonomous ones": "County", "ordinary counties": "County", "plain counties": "County", "plain county": "County", "ordinary county": "County",
           "districts": "County", "urban districts": "County", "urban district": "County", "municipal districts": "County", "municipal district": "County", "prefecture-level cities": "Prefecture",
           "prefecture-level city": "Prefecture", "county-level subdivisions": "County", "county-level subdivision": "County", "city at prefecture-level": "Prefecture", "cities at prefecture-level": "Prefecture", "at prefecture-level": "Prefecture", "provinces": "Province", "province": "Province", "prefecture-level divisions": "Prefecture", "cities at the prefecture level": "Prefecture", "cities at prefecture level": "Prefecture", "cities at the prefecture-level": "Prefecture", "prefectural seats": "Prefecture", "prefectural cities": "Prefecture", "prefectural city": "Prefecture", "prefectural seat": "Prefecture", "prefecture seats": "Prefecture", "prefectural capitals": "Prefecture", "prefecture-level units": "Prefecture", "prefecture-level unit": "Prefecture", "prefecture-level administrative units": "Prefecture",
           "facilities": "Facility", "facility": "Facility", "centres": "Facility", "centers": "Facility", "centre": "Facility", "center": "Facility",
           "regions": "Region", "world regions": "Region", "municipalities": "Province", "foreign regions": "Region", "regions abroad": "Region",
           "administrative divisions": "Place", "administrative division": "Place", "division": "Place",
           "divisions": "Place", "places": "Place", "place": "Place",
           "figures": "Observation", "observations": "Observation", "statistics": "Observation",
           "name changes": "NameChange", "name-change events": "NameChange", "renamings": "NameChange",
           "designations": "Designation", "indicators": "Indicator"},
}
for _w in SOURCE_PHRASES:  # the kinds a source names (电商品牌活动, brand campaigns) are events
    CLASS_WORDS["en" if _w.isascii() else "zh"].setdefault(_w, "Event")
del _w

# class words narrower than their class: what they count has a name containing (茶 -> teas) or, for the
# kinds of county-level division, a Chinese name ending with (县级市 -> 市, 市辖区 -> 区, 自治县 -> 自治县)
# an ordinary county is one that is not autonomous: names ending in 县, less those ending in 自治县
CLASS_NAME_BUT = {"ordinary counties": ("县", "自治县"), "ordinary county": ("县", "自治县"),
                  "regular counties": ("县", "自治县"), "regular county": ("县", "自治县")}
CLASS_NAME_FILTER = {"茶叶": "茶", "茶产品": "茶", "茶类产品": "茶", "茶品种": "茶", "茶叶品种": "茶", "茶": "茶", "teas": "tea", "tea products": "tea", "tea product": "tea", "kinds of tea": "tea", "米粉": "粉", "noodles": "noodle", "rice noodles": "noodle", "festivals": "festival",
                     "festival": "festival", "电商节": "节", "forums": "forum", "论坛": "论坛", "summits": "summit", "峰会": "峰会",
                     "fairs": "fair", "contests": "contest", "大赛": "大赛"}
CLASS_NAME_END = {"市区": "区", "xian": "县", "shiqu": "区", "城市": "市", "cities": "市", "县级市": "市", "county-level cities": "市", "county-level city": "市", "市辖区": "区", "城区": "区", "个区": "区", "些区": "区", "的区有": "区", "的区都": "区", "的区多": "区", "的区最": "区", "的区少": "区",
                  "districts": "区", "district": "区", "urban district": "区", "urban districts": "区", "municipal districts": "区", "municipal district": "区", "自治县": "自治县", "民族自治县": "自治县", "autonomous counties": "自治县", "ethnic autonomous counties": "自治县", "ethnic autonomous county": "自治县", "minority autonomous counties": "自治县",
                  "autonomous county": "自治县", "autonomous ones": "自治县", "ordinary counties": "县", "plain counties": "县", "plain county": "县", "ordinary county": "县"}

def _ethnic_county_words() -> None:
    """瑶族自治县 / Yao autonomous counties: the autonomous counties of one people (the names the division data
    uses, gxkg.sources.english.ETHNIC), counted and listed by the end of their Chinese name."""
    from ..sources.english import ETHNIC

    for zh, en in ETHNIC.items():
        for form in (zh + "自治县", zh + "的自治县"):  # 瑶族的自治县 as well
            CLASS_WORDS["zh"][form] = "County"
            CLASS_NAME_END[form] = zh + "自治县"
        for word in (en.lower(), *ETHNIC_EN_ALSO.get(zh, ())):
            for form in ("autonomous counties", "autonomous county"):
                CLASS_WORDS["en"][f"{word} {form}"] = "County"
                CLASS_NAME_END[f"{word} {form}"] = zh + "自治县"


# the division data's own English for 各族 (Longsheng Various Nationalities Autonomous County)
ETHNIC_EN_ALSO = {"各族": ("various nationalities", "multiethnic", "multi-ethnic", "multi ethnic")}


_ethnic_county_words()

# the relation a class word is tied to a place or thing by when the question names none (产品 of 南宁: originatesFrom)
CLASS_RELATION = {"Product": "originatesFrom", "Observation": "about"}
# the relation a class word is tied to a thing of its own class by (几种米粉 of 广西米粉: its kinds)
KIND_OF_RELATION = {"Product": "category"}
# the relation a class word is tied to a group named by (几个茶产品 of 桂茶产业: its members)
MEMBER_OF_RELATION = {("Product", "Industry"): "partOf"}

# question cues: kind -> (zh words, en words)
CUES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "count": (("数目是多少", "数目", "占了几个", "占几个", "占了多少个", "占多少个", "的数量", "的个数", "多少个", "多少家", "多少种", "几个", "几家", "几种", "多少", "若干", "几何", "几"), ("how many", "number of", "count", "tally", "enumerates", "enumerated", "counting every", "counting all", "counting each")),
    "list": (("逐个报一下", "逐个列出", "报一下名字", "请列明", "列明", "列一下", "列举一下", "列个单子", "都叫什么名字", "都叫什么", "分别叫什么名字", "分别叫什么", "分别叫啥名字", "分别叫啥", "都叫啥名字", "都叫啥", "各叫啥", "叫啥名字", "哪些", "哪几种", "有哪几", "哪几", "有什么", "都有", "列出", "列举", "分别是", "是哪个", "是哪些", "哪个", "哪一个",
              "哪份", "哪一份", "哪几份", "哪项", "哪一项", "哪款", "哪一款", "哪种", "哪一种", "哪类", "哪一类", "哪条", "哪一条",
              "哪座", "哪一座", "哪所", "哪一所", "名单", "清单", "名录"),
             ("give me every", "give me all", "set out", "lay out", "every single", "enumerate", "which", "wich", "what are", "what were", "list", "the names of", "name the", "name all", "name them", "which are they", "which ones")),
    "compare": (("差距多大", "差距有多大", "相差多大", "差距几何", "哪边", "哪一边", "哪方", "比原来", "比以前", "比之前", "比过去", "比较", "对比", "哪个更", "谁更", "更大", "更多", "更高", "更快", "更慢", "快些", "快一些", "的几倍", "的多少倍", "还是", "相比", "比", "卖得多", "卖得更多",
                 "哪个多", "谁多", "哪个高", "谁高", "哪个快", "谁快", "哪个慢", "谁慢", "哪个大", "谁的", "哪个的", "哪一个的", "高出", "多出", "高多少",
                 "多多少", "差多少", "减去", "减掉", "相差", "差距", "差额", "比值", "谁领先", "哪个领先", "领先"),
                ("which number wins", "wins", "more numerous than", "more numerous", "face-off", "outnumber", "outnumbers", "outnumbered", "stack up against", "stacks up against", "stack up", "stacks up", "by what margin", "what margin", "by how big a margin", "by how wide a margin", "by how much of a margin") +
                ("higher or lower than", "higher or lower", "lower or higher", "larger or smaller than", "larger or smaller", "bigger or smaller", "more or less than", "percentage points", "percentage point", "compare", "compared", "topped", "larger", "bigger", "greater", "more than", "higher", "versus", "vs", "more",
                 "sold more", "sell more", "exceed", "exceeded", "outpace", "outpaced", "outpacing", "outstrip", "outstripped", "outgrow", "outgrew", "pass", "passed", "surpass", "surpassed", "beat", "beats", "outdo", "outdid", "who led", "which led", "how wide", "comes out ahead", "come out ahead", "ahead", "outperform", "outperformed", "outperforms", "faster", "slower", "quicker", "steeper", "above",
                 "or", "subtracting", "subtract", "minus", "difference between", "gap between", "the gap", "difference in", "gap in", "the difference", "ratio of", "ratio between", "ratio")),
    "most": (("扎堆", "最高", "最大", "最多", "最快", "最", "排第一", "排名第一", "排在第一", "排第1", "位居第一", "名列第一", "数第一", "第一多", "排名前", "前三", "前五", "前两", "前十"),
             ("most", "highest", "largest", "biggest", "fastest", "top", "best", "greatest", "tops the table", "top of the table",
              "tops the list", "top of the list", "tops the ranking", "comes top", "was first in", "were first in", "is first in", "was first for", "is first for", "came first in", "comes first in", "longest roster", "longest list")),
    "growth": (("绝对增量", "净增了多少", "净增多少", "净增", "增量", "同比增长", "同比增幅", "同比", "贵了多少", "贵多少", "便宜了多少", "贵了", "复合增长率", "复合年均增长率", "增长率", "增长了多少", "增长多少", "增长", "增速", "涨了", "涨", "增加", "翻了", "增长速度", "变成了原来的", "变成原来的", "多少倍", "几倍", "倍",
                "多了多少", "增加了多少", "多出了多少", "增长幅度", "增长的幅度", "增幅", "幅度", "变化了多少", "变化多少", "变化"),
               ("growth", "grow", "grew", "grown", "by what factor", "factor", "multiple", "growing", "increase", "increased", "rise", "rose", "up by", "year-on-year", "compared with a year earlier", "a year earlier", "year earlier", "over the year before", "than the year before", "on the year before", "over the previous year", "on the previous year", "than the previous year", "from the year before", "from the previous year",
                "yoy", "how fast", "growth rate", "change", "changed", "how much did it change", "times", "how many times", "fold", "many-fold", "how many-fold", "compound annual growth rate", "go up",
                "went up", "gone up", "goes up", "climb", "climbed", "jump", "jumped",
                "compound annual growth", "compound growth", "cagr", "markup", "mark-up", "percentage markup",
                "vs prior year", "vs the prior year", "versus the prior year", "versus prior year", "vs previous year", "vs the previous year",
                "over the prior year", "on the prior year", "from the prior year", "than the prior year")),
    # the smaller of two asked for (比…低吗, smaller than)
    "less": (("更小", "更少", "更低", "卖得少", "卖的少", "卖得更少", "得少", "少一些", "少些", "小于", "低于", "少于", "低吗", "少吗", "小吗"),
             ("smaller", "smaller than", "less than", "lower than", "fewer than", "lower", "less", "fewer", "below")),
    "least": (("垫底", "倒数第一", "最低", "最少", "最小", "最差"), ("least", "lowest", "smallest", "fewest")),
    "share": (("几分之几", "多大比重", "多大的比重", "多大比例", "多大的比例", "多大份额", "占比", "比重", "占", "份额", "百分之几", "百分之多少", "百分比", "比例"), ("made up about", "made up", "what slice", "slice of", "share", "proportion", "relative to", "percentage", "percent of", "what %", "% of",
                                                         "fraction", "portion", "account for", "accounted for",
                                                         "accounts for")),
    # the exact value asked (具体是多少, to the yuan): a figure stated only as a bound or approximately does not give it
    "exact_value": (("具体是多少", "具体多少", "具体数字", "具体数额", "确切是多少", "确切数字", "确切数", "精确到", "准确是多少", "准确数字", "精确是多少"),
                    ("exactly", "precisely", "to the yuan", "to the exact", "exact amount", "exact value", "exact sales", "exact total",
                     "precise amount", "precise value", "precise total")),
    # whether a figure is exact or approximate: the figure answer gives its qualifier (约, 超过) or none
    "exactness": (("什么限定词", "限定词", "修饰词", "确数还是约数", "约数还是确数", "确数", "约数", "精确数", "准确数", "下限", "是不是下限", "最低值", "保底数", "是不是约数", "是否精确", "精确值", "是估算的吗", "是不是估算的", "是估计的吗", "是约数吗", "估算的吗"),
                  ("exact or approximate", "approximate or exact", "exact or rounded", "rounded or exact", "exact figure",
                   "exact number", "precise figure", "precise number", "an approximation", "a rounded figure", "an estimate or exact", "exact or an estimate", "exact or estimated", "exact or an approximation", "an estimate or an exact figure",
                   "exact count or an estimate", "exact count or estimate", "an exact count or an estimate", "measured or an estimated", "measured or estimated", "measured or an estimate",
                   "an estimate or a measured", "estimated or measured", "lower bound", "a lower bound", "upper bound", "a floor", "or a floor", "a minimum",
                   "exact value", "an exact value", "exact amount", "an exact amount")),
    # a condition of absence (一个县级市都没有, without a county-level city, no issuer stated): no intent reads it, so a
    # question with one is refused rather than answered as if it were not there
    "negation": (("没记录", "没有记录", "未记录", "没记载", "没有记载", "未记载", "没写", "没提到", "没有提到", "未提及", "一个都没有", "一个也没有", "都没有", "也没有", "没有任何", "不包含", "不含", "没写明", "没有写明", "未写明", "没有注明",
                  "未注明", "没说明", "没有说明", "未说明", "没有标明", "未标明", "没有"),
                 ("have not", "has not", "haven't", "hasn't", "did not", "didn't", "do not", "does not", "don't", "doesn't", "never", "not yet", "are not", "aren't", "were not", "weren't", "without", "don't have", "do not have", "doesn't have", "does not have", "did not have", "didn't have",
                  "lack", "lacks", "lacking", "have no", "has no", "had no", "none of", "not a single", "no stated", "not stated",
                  "unknown issuer", "not recorded", "isn't recorded", "not listed")),
    # the straight-line distance between two places, from the coordinates the graph gives
    "distance": (("纬度相差", "经度相差", "纬度上相差", "经度上相差", "纬度差", "经度差", "纬度之差", "经度之差", "直线距离", "直线", "相距多远", "相距多少", "相距", "距离多远", "距离", "有多远", "隔多远", "多远"),
                 ("difference in latitude", "difference in longitude", "latitude difference", "longitude difference", "latitude span", "longitude span",
                  "latitude gap", "longitude gap", "span in latitude", "span in longitude", "in latitude",
                  "in longitude", "as the crow flies", "straight-line distance", "straight-line km", "straight-line", "in a straight line", "straight line", "how far apart", "how far is", "how far", "distance between",
                  "distance from", "the distance", "distance", "apart", "km apart", "kilometres apart", "kilometers apart", "in kilometres", "kilometres")),
    # the days between two dates the graph states (an event's and its article's)
    "days": (("中间隔了多少天", "隔了多少天", "间隔多少天", "多少天", "后多久", "之后多久", "以后多久", "过了多久", "多久之后", "几天", "相隔多久", "隔了多久", "相差几天", "相隔几天", "间隔几天", "过了几天", "多少日", "晚了多久", "早了多久", "晚多久", "早多久", "相差多久", "差了多久"),
             ("how many days", "days after", "days before", "days between", "days later", "days earlier", "number of days", "days passed",
              "how long after", "how long before", "how much later", "how much earlier", "how long between",
              "days have passed", "days had passed", "days elapsed",
              "how many weeks")),
    # the day of the week of a date the graph states (worked out from the date)
    "weekday": (("星期几", "周几", "礼拜几", "星期", "哪个星期"), ("day of the week", "what weekday", "which weekday", "weekday")),
    # two dates the graph states set side by side: the same year, month or day
    "same_time": (("同一个月", "同一月", "同一年", "同一天", "同一日", "同月", "同年", "同一个年份"),
                  ("same month", "same year", "same day", "same date")),
    # things set in the order of the dates the graph states (an event's, a document's, a renaming's, the article's)
    "time_order": (("按时间先后", "按时间顺序", "时间先后", "时间顺序", "按日期排序", "按日期先后", "按先后顺序", "先后排序", "先后排列", "从早到晚", "由早到晚"),
                   ("date order", "chronological order", "chronologically", "in order of date", "order by date", "sort by date",
                    "by date", "earliest to latest", "oldest to newest", "in time order", "order of time", "time order", "in what order",
                    "what order", "which order", "in which order")),
    "when": (("统计区间", "统计期间", "统计时段", "统计周期", "时间区间", "什么时段", "哪个时段", "什么时候结束", "何时结束", "哪年结束", "哪一年结束", "到哪一年收尾", "哪一年收尾", "哪年收尾", "收尾", "什么时候", "何时", "哪天", "哪一天", "日期", "几号", "几月", "哪个月", "哪一个月", "哪月", "什么月份", "几月份", "哪个季度", "哪年", "哪一年", "时间", "实施期限", "实施期", "执行期", "规划期", "时间范围", "覆盖哪几年", "涵盖哪几年", "涵盖哪些年", "覆盖哪些年"),
             ("when", "what date", "which date", "which day", "what day", "date", "dated", "what day", "what year", "which year", "which years", "what years", "which month",
              "what month", "in which month", "in what month", "in which year", "in what year", "on which day", "on what day", "on what date", "on which date")),
    "where": (("什么位置", "哪个位置", "具体位置", "坐落在", "坐落于", "坐落", "哪个片区", "什么片区", "上面的地级市", "上面的", "上一级", "上级", "上面是哪个", "上面是", "上级行政区", "上级行政单位", "行政隶属关系", "隶属关系", "归哪管", "行政归属", "的辖区", "哪座城市", "哪座城", "哪个城市的", "归属", "在哪个", "在哪里", "在哪儿", "在哪", "哪里", "哪儿", "什么地方", "啥地方", "哪个地方", "哪个地区", "位于", "属于哪个", "哪个县", "哪个市", "哪个省", "何处", "何地", "哪个区的", "属于哪个区", "哪个区管",
               "哪个地级市", "哪个县级", "哪个行政区", "归哪个", "隶属", "隶属于哪", "划归", "归属于"),
              ("is home to", "home to", "parent city", "parent prefecture", "parent municipality", "its parent", "parent", "where", "whereabouts", "which county", "which town", "what town", "which zone", "what zone", "which township", "which town and county", "which city", "which prefecture", "which province", "which municipality", "what municipality", "located", "lie in", "lies in",
               "part of which", "in which", "sits in", "sit in", "sit", "sits",
               "which district", "what district", "哪个区", "falls under", "fall under", "report to", "reports to", "reporting to", "answer to", "answers to", "comes under", "come under", "under which", "administers", "administer",
               "managed by", "under the jurisdiction of", "jurisdiction", "administered by",
               "under the administration of", "administratively", "is subordinate", "subordinate to", "governed by", "reports up to", "report up to", "the district containing", "the county containing", "the city containing", "the prefecture containing", "parent unit", "parent division", "parent prefecture", "parent city", "subordinate", "belongs to which", "belong to which", "it belong", "belongs", "belong", "under the control of", "reports to which", "report to which", "reports to", "which prefecture runs", "which city runs", "which prefecture-level city runs", "territory", "governs",
               "somewhere near", "near", "governing it", "governing", "which part of", "what part of", "up to the autonomous region", "up to the region", "the chain up to", "chain up to",
               "and region", "in charge of", "which city area", "city area", "which area", "what area", "administrative chain", "chain above it", "what is above that", "above that", "what's above that", "which prefecture-level city", "what city", "what county",
               "what prefecture", "which prefecture-level", "chain of administrative units above it", "chain of administrative units", "administrative units above it", "administrative units above", "units above it")),
    "who": (("谁", "哪个单位", "哪个部门", "哪个机构", "哪个机关", "哪家", "单位"), ("who", "whom", "which media outlet",
            "what media outlet", "which outlet", "which news outlet", "which newspaper", "what outlet", "which organisation", "which organization",
                                                     "which department", "which authority", "what authority", "which body", "whichever body", "whatever body", "that body", "which body")),
    "source": (("数据源是什么", "数据源", "依据的是什么材料", "依据的是什么", "什么材料", "哪家网站", "网站", "原文哪一句", "哪一句话", "哪一句", "哪句话", "这个数哪来的", "这个数字哪来的", "这个数据哪来的", "数据哪来的", "数字哪来的", "这个说法哪来的", "说法哪来的", "说法是从哪里来的", "说法从哪里来", "说法是从哪来的", "说法从哪来", "原句", "原句怎么写", "原文怎么写", "哪份数据", "哪份资料", "出自", "哪篇", "文章", "新闻", "哪家媒体报道", "出处为何", "来源为何", "出处", "来源", "报道", "哪家媒体", "媒体", "依据", "根据什么", "谁说", "消息来源",
                "发表", "刊登", "刊发于", "刊发", "原文", "链接", "网址", "这句话", "句话", "原话", "怎么说的", "哪一版", "版本", "凭什么说", "凭什么",
                "怎么写的", "稿子", "稿件", "标题", "题目", "出自哪", "引用的是", "引用的", "发布日期", "发表日期", "发布时间", "原文句子", "哪里说的", "谁报道", "资料", "哪条新闻", "消息", "原始记录", "原始数据", "原始",
                "最早是哪家", "最早是哪篇", "最早是哪个媒体", "最早是哪份", "最早出自", "最早出现在", "最先出自", "报的", "引自", "援引自", "数字出自", "数字来自", "数据出自", "数据来自", "数出自", "数来自",
                "数据是从哪", "数据从哪", "数是从哪", "数从哪", "数字是从哪", "数字从哪", "从哪个数据", "哪个数据来的", "信息是从哪",
                "信息从哪", "信息哪来的", "信息来自", "信息出自", "根据什么数据", "依据什么数据", "原文的句子", "原句"),
               ("where is it written", "where was it written", "what data puts", "which data puts", "what record puts",
                "where does that data come from", "where does this data come from", "data come from", "data comes from",
                "source row", "on what authority", "on whose authority", "written", "states", "sourced from", "sourced", "ran the story", "ran the piece", "ran the article", "carried the story", "rely on", "relies on", "relied on", "drawn from", "are drawn from", "taken from", "backs", "backed by", "file name", "the file", "entry in the", "its entry in", "graph's record", "record of", "records of", "the record", "original wording", "original sentence", "original text", "exact wording", "point me to", "the outlet", "outlet that ran", "ran it", "carried it", "states it", "source", "sources", "article", "report", "reported", "according to", "published", "publisher",
                "where does the graph get", "how does the graph know", "based on what", "basis for", "the basis", "its basis", "basis", "what says",
                "who says", "who said", "where u get", "where you get", "where did you get", "where do you get", "where'd you get", "which outlet", "cite", "cited", "is cited", "cites", "citation", "chinese headline", "the headline", "headline of", "headline was", "headline is", "its headline", "a headline", "headline and", "original chinese headline", "chinese headline", "the piece", "url", "link", "says so", "reports",
                "reporting", "sentence", "which sentence", "exact line", "the line", "which line", "what line", "claim", "behind the figure", "behind this figure", "behind that figure", "behind the number", "behind this number", "behind that number", "behind the data", "behind this data", "evidence",
                "original sentence", "passage", "the passage", "quote", "original text", "wording", "supports that", "sentence supports",
                "version", "edition", "dataset", "figure from", "number from", "figure come from", "figure comes from",
                "number come from", "numbers come from", "figures come from", "estimate from", "estimate come from", "raw row", "the row", "where is it from", "where's it from", "built from", "is built from", "built on", "based on which", "web address", "web link", "web page", "webpage")),
    "about": (("有什么值得关注的", "概括一下", "概括下", "概括", "值得关注的", "值得关注", "是个什么样的", "什么样的", "有什么记载", "有哪些记载", "哪些属性", "什么属性", "是咋回事", "咋回事", "怎么回事", "是怎么回事", "直接相连", "连着些什么", "连着什么", "连着哪些", "连接着哪些", "连接着什么", "相连的有哪些", "了解多少", "知道多少", "掌握多少", "知道些什么", "了解些什么", "掌握了哪些信息", "掌握哪些信息", "掌握了什么", "掌握什么", "掌握了哪些", "掌握哪些", "有哪些动作", "有什么动作", "直接关联", "直接有关系", "直接关系", "直接有关", "事物", "什么性质", "性质", "是个什么", "牵涉到", "牵涉", "涉及到", "涉及", "牵扯", "条目", "词条", "这个条目", "下面有哪些内容", "有哪些内容", "介绍", "是什么", "有什么信息", "了解", "知道什么", "有哪些信息", "情况", "怎么样", "概况", "有什么数据",
               "的数据有哪些", "数据", "说说", "讲讲", "信息", "有关", "相关", "有什么可说的", "可说的", "可说", "怎么描述", "如何描述", "描述",
               "实体", "指的是什么", "是指什么", "指什么", "什么意思", "什么角色", "啥角色", "扮演什么角色", "是干嘛的", "干嘛的", "干什么的", "是做什么的", "记了些什么", "记了什么", "记了哪些", "记录了些什么"),
              ("what information", "information you have", "brief me on", "brief me about", "a summary of", "summary of", "background on",
               "background of", "rundown on", "run-down on", "rundown of", "a rundown", "give me a rundown", "fill me in on", "details on", "details about", "regarding", "concerning",
               "overview of", "explain", "explains", "tied to anything", "linked to anything", "connected to anything", "related to anything", "what relations",
               "which relations", "relations does", "point to it", "points to it", "point to", "points to", "relations of", "relationships of", "entry for", "entry on", "the entry", "what is known", "tell me about", "profile", "profile of", "have on it", "have on", "what does the graph connect", "what do you know", "know about", "knows about", "known about", "describe", "what about", "information about",
               "info on", "overview", "what figures", "which figures", "what data", "facts about", "what is",
               "entities", "related to", "connected to", "linked to", "hooked to", "hooked up to", "hooked up with", "neighbours of", "neighbors of", "nodes connected to", "what links", "connect to", "connects to",
               "linked with", "connected with", "associated with", "tied to", "relates to", "relate to",
               "all relations recorded", "relations recorded", "every relation", "each relation", "every relationship", "by what relation", "by which relation", "what relation", "all relations",
               "record about", "actually record", "all information held", "all information")),
    "relation": (("什么关系", "有何关系", "有什么关系", "关系", "关联", "联系", "相连", "连着", "做什么", "干什么", "做了什么", "挂钩", "相关联"),
                 ("how are", "related", "relation between", "relationship", "connected", "connection", "link between",
                  "links", "connections", "links to", "link to", "linked to", "hooked to", "hooked up to", "hooked up with", "linked with", "tied to", "ties to", "relationships",
                  "tie into", "ties into", "tied into", "ties", "ties with", "connects", "connect", "relation type", "type of relation",
                  "kind of relation", "what relation", "which relation")),
    "yesno": (("没记反吧", "没记反", "没记错吧", "没记错", "请判断正误", "判断正误", "是否正确", "是否一致", "是否属实", "属实吗", "属实否", "属实", "请予以核实", "请予核实", "予以核实", "请核实", "了吧", "有这回事吗", "有这回事", "这回事", "是否", "是不是", "有没有", "吗", "么", "对吗", "对不对", "对吧", "是吧", "的吧", "没错吧", "对么"),
              ("true or false", "right?", ", right", ", yes?", ", yes", ", no?", "yes or no", "correct or not", "right or not", "true or not", "correct?", "doesn't it", "does it not", "don't they", "aren't they", "wasn't it", "didn't it",
               "didn't they", "isn't that so", "is it not", "isn't it", "is that right", "is that correct", "am i right", "true?",
               "please confirm whether", "kindly confirm whether", "confirm whether", "please confirm if", "confirm if", "whether",
               "can you confirm", "could you confirm", "can you confirm that", "could you confirm that")),
    # the kind a thing is said to be instead of another (a district rather than a county): the first is asked
    "instead": (("而不是", "而非"), ("rather than", "instead of", "not a", "and not")),
    # whether a fact is stated by a source or derived by a rule (是原文写的还是推断的, stated or inferred)
    "provenance": (("是原文直接写的吗", "原文直接写的吗", "是原文写的吗", "原文写的吗", "原文里直接写了吗", "还是推断出来的", "还是推断的", "还是推导出来的", "还是推导的",
                    "原文写的还是推断的", "原文写的还是推断出来的", "原文写的还是推导的", "原文写的还是推算的", "原文说的还是推断的",
                    "是原文直接写的还是", "原文直接写的还是推断的", "是原文直接写的还是推断的", "原文直接写的还是推导的", "原文直接写的", "原文直接写", "直接写的", "是推断的还是", "是推导的还是", "推断出来的", "推导出来的", "推断得出", "推导得出", "推断的", "推导的",
                    "推断出", "推导出", "用的什么规则", "哪条规则", "什么规则", "推断", "推导"),
                   ("is it stated directly", "is that stated directly", "stated directly", "directly stated", "is it stated", "is that stated",
                    "is this stated", "stated or inferred", "stated or derived", "inferred or stated", "derived or stated", "stated or worked out",
                    "is it inferred", "is that inferred", "was it inferred", "is it derived", "is that derived", "derived rather than",
                    "inferred rather than", "which derivation does the graph name for", "which derivation", "what derivation", "by inference", "inference", "what rule derives", "which rule derives", "what rule", "which rule", "the rule", "a rule", "inferred", "rule")),
    # a stated figure checked against the one computed from its inputs
    "verify": (("核对", "核实", "验证", "对得上", "是否准确", "准不准"), ("does your result match it", "does your result match", "does the result match", "does it match", "match it", "recompute", "re-compute",
                                                              "check out", "check", "verify", "consistent",
                                                              "add up", "adds up")),
    # a figure worked out from others (the year before from a growth rate, a whole from a share)
    # figures of several things added up, and one figure per unit of another
    "total": (("相加", "求和", "加总", "加一块", "加到一块", "加在一块", "加一起", "合在一块", "一共卖了", "总共卖了", "一共卖", "总共卖", "一共销售了", "总共销售了", "加起来", "合计", "加在一起", "之和", "总和", "合起来", "总计"),
              ("combined", "added together", "in total", "altogether", "sum of", "put together", "together", "plus",
               "add up to", "added up", "add up", "sum up", "total up", "summed", "sum", "adding", "adding up", "across the three", "across all three",
               "across the two", "across both", "across all four", "across the four", "for all three", "of all three")),
    # an average a month over a figure's period (月均: the period's total divided by its months)
    "monthly": (("平均每个月", "平均每月", "每月平均", "每个月平均", "月均", "月平均", "平均一个月", "一个月平均"),
                ("average monthly", "monthly average", "per month", "a month on average", "average per month",
                 "each month on average", "on average each month", "on average per month", "average a month")),
    # the mean of several figures (三种特产销售额的平均值, the average of the three)
    "mean": (("平均值", "平均数", "均值", "平均是多少", "平均有多少", "平均多少", "平均纬度", "平均经度"), ("the average of", "average of", "averaged", "average", "the mean of", "mean value")),
    "per": (("平均摊到每个", "平均摊到每", "平均摊到", "摊到每个", "摊到", "平均下来每个", "平均下来每家", "平均下来每", "平均每个", "平均每家", "平均每", "平均一个", "平均一家", "人均", "户均", "每个", "每家", "除以"),
            ("on average", "average per", "for each", "for every", "per each", "average number of", "average number",
             "spread across", "spread over", "split across", "shared among", "divided among", "divided by", "divide by")),
    "derive": (("倒推", "推算", "估算", "反推", "算出"), ("backed out from", "backed out", "back out", "backing out", "working backwards", "work backwards", "work back", "working back", "worked back", "back-calculate", "estimate", "given the", "given that", "given its", "given a", "implied", "imply", "infer", "going by", "based on", "judging by",
                                                  "deduce", "back out")),
    "whole": (("全国", "外贸进出口总额。", "外贸进出口总额？", "进出口总额。", "进出口总额？", "进出口总额是多少", "进出口总额大约", "进出口总额大概", "进出口总额有多少", "进出口总额约为", "外贸总额"), ("national total", "nationwide", "nationally", "countrywide", "across china", "across the country", "among all chinese provinces", "among all provinces", "all chinese provinces", "china", "whole country",
                                                          "total imports and exports", "total foreign trade", "total trade", "total import-export", "import-export total", "import-export value", "imports-export",
                                                          "total import and export", "import and export total")),
    # the language a source is written in (dct:language): asked of the source
    "source_language": (("什么语言", "哪种语言", "语言写", "语言", "语种", "文种"), ("what language", "which language", "language", "script")),
    # a whole year asked for (a figure of January to July is not the year's)
    "full_year": (("全年", "全年度", "一整年", "整年", "年度总", "12个月", "十二个月", "全部12个月"),
                  ("whole of", "whole year", "full year", "full-year", "entire year", "for the year as a whole", "12-month", "twelve-month",
                   "12 months", "twelve months", "all 12 months", "calendar-year", "calendar year")),
    # who founded, owns or invested in a thing: no source the graph holds states it, so the question is refused
    "unstated": (("创始人", "创办人", "创办者", "创立者", "谁创办", "谁创立", "谁成立", "创办的", "创立的", "老板", "董事长",
                  "法人代表", "法定代表人", "投资方", "投资人", "投资者", "股东", "姓名", "官方统计", "官方数据",
                  "越南语", "越南文", "越南名", "泰语", "泰文", "马来语", "印尼语", "日语", "日文", "韩语", "韩文", "法语", "德语",
                  # an address finer than a place, a code or a web address: no source holds them
                  "哪条路", "哪条街", "什么路", "什么街", "门牌", "详细地址", "具体地址", "街道地址", "邮政编码", "邮编", "电话区号", "区号",
                  "官网", "网站", "电话号码", "联系电话", "人口",
                  # a document's number (文号): no source gives one
                  "文号", "发文字号", "发文号", "文件编号",
                  # the order of events: no source dates more than one of them
                  "哪个先", "哪个先举办", "先举办", "先后顺序", "哪个更早", "哪个时间更早", "时间更早", "更早", "谁更早", "哪个早", "更早举办", "谁先",
                  # currencies, weights and breakdowns no figure is in
                  "欧元", "英镑", "日元", "泰铢", "越南盾", "林吉特", "新加坡元", "印尼盾", "卢比", "比索",
                  "多少万斤", "多少斤", "多少公斤", "多少千克", "多少吨", "万斤", "B2B", "B2C", "C2C", "b2b", "b2c", "c2c",
                  # whether a thing is open or running now: sources state what was, never what is today
                  "还开着", "还在营业", "还在运营", "还营业", "仍在营业", "仍在运营", "还开不开", "关门了", "倒闭",
                  # who wrote an article: no source names its writer
                  "记者", "作者", "撰稿人", "执笔", "谁写的", "署名",
                  # who holds an office: no source names an official
                  "市长", "县长", "区长", "镇长", "乡长", "村长", "省长", "州长", "书记", "局长", "厅长", "部长", "总经理", "一把手",
                  # whether a company is listed on a stock market (上市 is read as 挂牌, never a city)
                  "挂牌",
                  # places abroad below a country: no source names one
                  "越南城市", "越南的城市", "越南哪些城市", "越南哪个城市", "越南的哪些城市", "越南哪座城市", "越南的省",
                  # a figure broken down by country or kind: no source breaks one down
                  "国别分布", "分国别", "按国别", "按国家分", "分国家", "国别构成"),
                 ("founded", "founder", "co-founder", "ceo", "chairman", "boss", "owner", "owns", "owned by", "invested in",
                  "mayor", "governor", "general manager", "listed company", "listed companies", "publicly listed", "publicly traded",
                  "stock market", "stock exchange", "listed on the",
                  "shareholder", "shareholders", "his name", "her name", "their names",
                  "which street", "what street", "street address", "exact address", "postal address",
                  "postcode", "post code", "postal code", "zip code", "area code", "dialling code", "dialing code", "phone number",
                  "telephone number", "website", "homepage", "population",
                  "document number", "reference number", "file number", "serial number", "文号",
                  "came first", "come first", "held first", "happened first", "took place first", "in what order", "which order",
                  "euro", "euros", "in euros", "pounds sterling", "yen", "baht", "dong", "ringgit", "rupiah", "pesos",
                  "how many tonnes", "how many tons", "how many kilograms", "how many kilos", "how many jin", "b2b", "b2c", "c2c",
                  "still open", "still operating", "still in operation", "still running", "still in business", "open today",
                  "currently open", "closed down", "shut down",
                  "reporter behind", "the reporter", "which reporter", "author", "authors", "authored", "byline", "who wrote",
                  # whether a figure is an official statistic: the source says only 据不完全统计 (by incomplete statistics)
                  "official statistic", "official statistics", "official figure", "official data",
                  # names in languages the graph holds none in
                  "in vietnamese", "vietnamese name", "in thai", "thai name", "in malay", "malay name", "in indonesian", "in japanese",
                  "japanese name", "in korean", "korean name", "in french", "in german", "in spanish",
                  # places abroad below a country: no source names one
                  "vietnamese cities", "vietnamese city", "vietnamese provinces", "vietnamese province", "vietnamese ports",
                  "vietnamese towns", "cities in vietnam", "city in vietnam", "provinces of vietnam",
                  "vietnamese crossings", "vietnamese side", "crossings in vietnam",
                  # a figure broken down by country or kind: no source breaks one down
                  "country breakdown", "breakdown by country", "broken down by country", "country-by-country", "by country of origin")),
    # a fraction set against a figure (past two thirds, 超过三分之二): read as a percentage by the threshold only
    "fraction": (("二分之一", "三分之一", "三分之二", "四分之一", "四分之三", "五分之一", "十分之一", "一半"),
                 ("two thirds", "two-thirds", "a third", "one third", "a quarter", "one quarter", "three quarters",
                  "a tenth", "one tenth", "a fifth", "half")),
    # a cause asked (为什么, why): no intent reads one, the graph states no causes, so the question is refused
    "cause": (("为什么", "为何", "什么原因", "啥原因", "原因", "怎么会", "何以", "缘何", "凭什么", "归功于", "归因于", "得益于", "功劳", "主要靠", "靠哪个", "靠哪家", "靠什么",
               "靠谁", "带起来"),
              ("why", "for what reason", "the reason", "reasons", "what caused", "how come", "what explains", "were due to",
               "was due to", "attributable to", "attributed to", "credited to", "what drove", "who drove", "which drove",
               "mainly driven by", "thanks to which", "thanks to what")),
    # a time of day asked (几点开幕, what time does it start): the graph gives dates, never hours
    "time_of_day": (("几点钟", "几点", "几时几分", "具体几点"), ("what time", "at what time", "what hour", "o'clock", "time of day")),
    # growth over the period before (环比, month-on-month): no source here gives it, so never read as year-on-year
    "sequential": (("环比增长", "环比增幅", "环比下降", "环比"), ("month-on-month", "month on month", "quarter-on-quarter", "quarter on quarter",
                                                     "over the previous month", "from the previous month", "than the previous month",
                                                     "over the previous quarter", "from the previous quarter", "sequential growth")),
    # part of a year asked for (上半年: a figure of January to July is not the first half's)
    "part_year": (("上半年", "下半年", "前三季度", "第一季度", "一季度", "季度"),
                  ("first half", "second half", "first three quarters", "first quarter", "quarter")),
    # the place itself, not what lies within it
    "exact": (("本身", "整体", "本级"), ("as a whole", "itself")),
    # what lies within a place (下辖: the counties under a prefecture)
    "within": (("包括下属", "包括下辖", "包括下面", "包括所辖", "包括其下辖", "连同下辖", "下辖", "管辖", "管着", "管著", "所辖", "辖区内", "境内", "下属", "其中"), ("or the counties under it", "or any county under it", "or its counties",
                                                                "or any of its counties", "and the counties under it", "or the counties in it", "split into", "divided into", "is made up of", "including the ones from the counties", "including the ones from", "and cities under it", "under it", "at any level", "under", "within",
                                                                "administered by", "oversees", "oversee", "oversaw", "governs", "govern", "including its counties", "counting its counties",
                                                                "its counties as well", "as well as its counties",
                                                                "including counties", "and its counties",
                                                                "its subordinate", "from its subordinate counties", "from its counties", "from its subordinate districts")),
    # the name a place has now (横县 became 横州市)
    "rename": (("还能找到", "还找得到", "还能查到", "还查得到", "还存在", "停止使用", "这个名字现在还在用", "名字还在用", "还在用", "还在使用", "仍在使用", "还用不用", "以前是不是叫", "原来是不是叫", "之前是不是叫", "过去是不是叫", "以前是叫", "原来是叫", "现在叫什么", "后来叫什么", "后来改叫", "改叫什么", "改叫", "后来叫", "叫什么", "改名", "改了名", "改过名", "改了名字", "改过名字", "更了名", "换了名字", "换了名", "更名", "新名称", "现名", "改称", "改为", "改成", "以前叫", "原来叫", "之前叫", "过去叫",
                "是不是叫", "是不是原来的", "是不是以前的", "就是原来的", "就是以前的", "原名", "旧称", "曾用名", "旧名", "撤县设区", "撤县设市", "撤县改市", "撤县改区", "撤县建市", "撤县建区", "撤市设区", "还叫", "仍叫", "还是叫", "仍然叫"),
               ("now called", "renamed", "upgraded from", "upgraded to", "upgraded into", "was upgraded", "get upgraded", "got upgraded", "upgraded", "new name", "current name", "called now", "name change", "called today", "turn into",
                "turned into", "turns into", "was turned into", "officially became", "officially become",
                "change its name", "changed its name", "change of name", "changed name", "change name",
                "still called", "still named", "still known as", "still the name", "still in use", "still used", "formerly", "formerly called", "formerly known as", "used to be called", "previously called", "old name", "former name", "once called", "the former", "former")),
    # which lies furthest in a direction, by the graph's coordinates
    "north": (("北边", "北面", "以北", "从北到南", "由北向南", "从北往南", "最偏北", "偏北", "在北边", "更北边", "靠北边", "最靠北边", "纬度最高", "纬度最大", "纬度更高", "纬度更大", "纬度高", "最北", "最靠北", "最北边", "最北端", "更北", "更靠北", "更偏北", "靠北"), ("northernmost", "northern-most", "furthest-north", "farthest-north", "most-northerly", "furthest north", "farthest north",
                                                "most northerly", "lies furthest north", "further north", "farther north", "north of", "from north to south", "more northerly", "more to the north", "more to north", "more north", "most north", "most to the north", "the most north", "northernmost point", "most far north", "most northern", "higher latitude", "highest latitude", "greatest latitude", "larger latitude", "largest latitude")),
    "south": (("南边", "南面", "以南", "从南到北", "由南向北", "从南往北", "最偏南", "偏南", "在南边", "更南边", "靠南边", "最靠南边", "纬度最低", "纬度最小", "纬度更低", "纬度更小", "纬度低", "最南", "最靠南", "最南边", "最南端", "更南", "更靠南", "更偏南", "靠南"), ("southernmost", "southern-most", "furthest-south", "farthest-south", "most-southerly", "furthest south", "farthest south",
                                                "most southerly", "lies furthest south", "further south", "farther south", "south of", "from south to north", "more southerly", "more to the south", "most south", "most to the south", "the most south", "southernmost point", "most far south", "most southern", "closest to the equator", "closer to the equator", "nearest the equator", "nearer the equator", "nearest to the equator", "nearer to the equator", "lower latitude", "lowest latitude", "smaller latitude", "smallest latitude")),
    "east": (("东边", "东面", "以东", "从东到西", "由东向西", "从东往西", "最偏东", "偏东", "在东边", "更东边", "靠东边", "最靠东边", "经度最高", "经度最大", "经度更高", "经度更大", "经度大", "最东", "最靠东", "最东边", "最东端", "更东", "更靠东", "更偏东", "靠东"), ("easternmost", "eastern-most", "furthest-east", "farthest-east", "most-easterly", "furthest east", "farthest east", "most easterly",
                                               "lies furthest east", "further east", "farther east", "east of", "from east to west", "more easterly", "more to the east", "most east", "most to the east", "the most east", "easternmost point", "most far east", "most eastern", "higher longitude", "highest longitude", "greater longitude", "greatest longitude", "larger longitude", "largest longitude")),
    "west": (("西边", "西面", "以西", "从西到东", "由西向东", "从西往东", "最偏西", "偏西", "在西边", "更西边", "靠西边", "最靠西边", "经度最低", "经度最小", "经度更低", "经度更小", "经度小", "最西", "最靠西", "最西边", "最西端", "更西", "更靠西", "更偏西", "靠西"), ("westernmost", "western-most", "furthest-west", "farthest-west", "most-westerly", "furthest west", "farthest west", "most westerly",
                                               "lies furthest west", "further west", "farther west", "west of", "from west to east", "more westerly", "more to the west", "most west", "most to the west", "the most west", "westernmost point", "most far west", "most western", "lower longitude", "lowest longitude", "smaller longitude", "smallest longitude")),
    "geo": (("坐标", "座标", "经纬度", "按坐标", "纬度", "经度", "政府驻地", "驻地"), ("coordinates", "by the graph's coordinates", "by coordinates", "lat/long",
                                               "lat/lon", "lat-long", "latitude", "longitude", "latitudes", "longitudes", "by the stored longitudes", "by the stored latitudes",
                                               "stored coordinates", "gps", "lat and long", "coords", "coord")),
}
# kinds of figure named instead of an indicator (the growth rates given for Guangxi, the largest sum of money in
# the article): the figures of growth indicators, or of one unit
# which figure a number given is (4220指的是什么, which figure is 4220, what does 3101 refer to)
CUES["number_meant"] = (("是个什么数", "是个啥数", "是个什么数字", "是个什么数据", "是什么意思", "指的是什么", "指的是啥", "指的什么", "是什么数据", "是什么数字", "是什么数", "是啥数据", "是啥数", "是哪个指标", "是哪项指标",
                         "是哪个数据", "是哪项数据", "是什么指标", "指什么", "代表什么", "说的是什么", "是指什么", "哪个指标是", "哪项指标是",
                         "哪个数据是", "哪项数据是", "哪个数字是", "哪个数是"),
                        ("in what unit", "what unit", "which unit", "refer to", "refers to", "referring to", "stand for", "stands for", "which figure", "which number",
                         "which statistic", "which indicator", "what figure", "what number", "what statistic", "what indicator",
                         "what does it measure", "what does that measure", "what does this measure", "what it measures", "what is it measuring",
                         "what does it count", "what does it refer to", "figure measure", "number measure", "figure describe",
                         "number describe", "figure track", "figure stand for", "percent measure", "% measure"))
CUES["kind_rank"] = (("排名数据", "名次数据", "是名次", "是排名", "名次", "排名类"), ("a ranking rather than", "a rank rather than", "rankings", "ranking figure",
                                                                          "ranking figures", "rank figure", "is a ranking", "is a rank"))
CUES["kind_rate"] = (("增长率", "增速", "增幅"), ("growth rates", "growth rate", "rates of growth", "growth figures"))
CUES["kind_percent"] = (("百分比数据", "百分比数字", "百分数"), ("percentage figure", "percentage figures", "percentages",
                                                      "percent figures", "percentage numbers"))
CUES["kind_cumulative"] = (("累计数据", "累计数字", "累计数", "截至日期", "截止日期"), ("running totals", "running total", "cumulative figures",
                                                        "cumulative totals", "cumulative numbers", "as of date", "as-of date",
                                                        "\"as of\" date", "as of dates", "as-of dates", "cut-off date", "cutoff date",
                                                        "cut-off dates", "cutoff dates"))
# figures of any kind, asked of a period (图谱里哪些数字是2013年的): every figure of the years asked
CUES["kind_any"] = (("哪些数字", "哪些数据", "哪几个数字", "哪几个数据", "哪些数", "什么数据", "什么数字", "哪些统计数据"),
                    ("which figures", "what figures", "which numbers", "what numbers", "which observations", "what observations",
                     "which statistics", "what statistics"))
CUES["kind_money"] = (("金额", "钱数", "人民币数额", "元的数据"), ("sums of money", "sum of money", "money figures", "monetary figures",
                                     "amounts of money", "amount of money", "yuan figures", "yuan amounts", "yuan amount", "yuan figure",
                                     "money amount", "money figure", "monetary amount", "amount in yuan", "figure in yuan", "rmb value", "rmb values",
                                     "rmb figure", "rmb figures", "rmb amount", "rmb amounts", "yuan value", "yuan values", "renminbi value",
                                     "renminbi figure", "value in yuan", "value in rmb", "cash figure", "money value"))
# a place's division code (GB/T 2260), and the code it had before a change (横县: 450127)
CUES["code"] = (("6位行政区划代码", "六位行政区划代码", "6位区划代码", "六位区划代码", "6位代码", "六位代码", "行政区划代码", "区划代码", "国标代码", "gb代码", "gb码", "国标码", "行政代码", "代码", "编码"),
                ("6-digit division code", "6-digit code", "6 digit code", "six-digit code", "6-digit gb code", "six-digit gb code", "six digit gb code", "six-digit", "6-digit",
                 "administrative division code", "six-digit administrative code", "6-digit administrative code", "six-digit administrative division code", "six digit code", "administrative code", "division code", "gb/t 2260 code", "gb code",
                 "adcode", "codes", "code"))
# the 12-digit NBS statistical division code (450326000000), of which the division code is the first 6 digits
CUES["full_code"] = (("统计区划代码", "统计用代码", "12位统计用区划代码", "统计用区划代码", "12位统计代码", "十二位统计代码", "12位区划代码", "十二位区划代码", "12位代码",
                      "十二位代码", "统计代码"),
                     ("twelve-digit version", "twelve-digit code", "twelve-digit", "full statistical code", "12-digit statistical division code", "12-digit statistical code", "12 digit statistical code",
                      "12-digit division code", "12-digit code", "12 digit code", "twelve-digit code", "statistical division code",
                      "statistical code", "nbs code"))
CUES["old_code"] = (("旧区划代码", "原区划代码", "老区划代码", "以前的区划代码", "原来的区划代码", "之前的区划代码", "旧代码", "原代码",
                     "老代码", "以前的代码", "原来的代码", "之前的代码", "曾用代码"),
                    ("old division code", "former division code", "previous division code", "old code", "former code",
                     "previous code", "earlier code", "code before", "code prior to", "code it had before", "code did it have before",
                     "code it used to have", "code used to be"))
# a place's level as the division data states it (a county-level city, a statistical zone)
CUES["level"] = (("什么级别的单位", "什么级别的行政单位", "哪一级的单位", "哪级单位", "哪一级单位", "哪一级行政区", "哪级行政区", "什么级别的行政区", "哪个级别的行政区", "什么类型的行政区", "哪种类型的行政区", "哪类行政区", "什么类型的区划", "什么样的行政区", "行政级别", "什么级别", "哪个级别", "哪一级", "什么层级", "哪个层级", "行政层级", "级别", "层级"),
                 ("level of administrative division", "level of division", "division level", "administrative level", "its level",
                  "the level of", "the levels of", "their levels", "their level", "and levels", "and level", "levels and", "level and",
                  "what level", "which level", "what kind of division", "what type of division", "what sort of division",
                  "what kind of administrative division", "what type of administrative division",
                  "what kind of place", "what type of place", "what sort of place"))
# how a name is written: its pinyin, its English name
CUES["pinyin"] = (("汉语拼音", "拼音"), ("pinyin", "romanisation", "romanization", "romanised", "romanized", "written in pinyin",
                                       "spelled in pinyin", "spelt in pinyin", "in pinyin", "spelled", "spelt", "spelling", "spell"))
CUES["chinese_name"] = (("中文名称", "中文名字", "中文名", "汉语名称", "汉字名称", "中文叫什么", "中文怎么写", "中文怎么说", "中文叫啥", "汉字怎么写"),
                        ("chinese name", "name in chinese", "called in chinese", "written in chinese", "chinese characters", "chinese label",
                         "say in chinese", "say it in chinese", "said in chinese", "put in chinese", "the chinese for"))
# the people an autonomous county is named for (融水苗族自治县: 苗族), as its official name states
CUES["ethnic"] = (("哪个少数民族", "什么少数民族", "哪个民族", "什么民族", "哪一个民族", "哪些民族", "哪族", "什么族", "少数民族", "民族"),
                  ("which ethnic group", "what ethnic group", "ethnic groups", "ethnic group", "which nationality", "which minority",
                   "for which people", "which people", "ethnicity", "nationality"))
CUES["short_name"] = (("简称", "简写", "短名"), ("short name", "short form of its name", "abbreviated name", "shortened name"))
# the other names the graph records for a thing (its alternative labels, in any language)
CUES["alias"] = (("别名", "别称", "又称", "其他名称", "其它名称", "其他名字", "其他叫法", "别的叫法", "还有哪些名称", "还有什么名称", "还有哪些名字", "还叫什么", "又叫什么", "又叫啥", "又名", "也叫什么", "也叫啥"),
                 ("aliases", "alias", "other names", "alternative names", "alternate names", "also known as", "also called", "other labels",
                  "other name", "another name", "alternative name", "alternate name"))
CUES["full_name"] = (("完整的名称", "完整名称", "正式名称", "官方名称", "标准名称", "规范名称", "全称", "全名"),
                     ("full official name", "full name", "official name", "complete name", "formal name", "full title"))
CUES["english_name"] = (("英文译名", "英文名称", "英文名字", "英文名", "英语名称", "英语名字", "英语名", "英文叫什么", "英文怎么说", "英文叫啥", "英文怎么讲", "英文怎么写", "英文全称"),
                        ("english name", "name in english", "called in english", "english label", "say in english", "say it in english",
                         "said in english", "put in english", "the english for"))
# words that hold a cue word but ask nothing (全国知名: well known, not the national total)
# the most recent figure of those the graph holds (最新的交易额, the latest figure)
CUES["months"] = (("多少个月", "几个月", "多少月"), ("how many months", "months after", "months before", "months later", "months earlier",
                                                   "how many whole months"))
CUES["span"] = (("起止年份", "起止", "为期几年", "为期多少年", "时间跨度", "跨度几年", "跨度多少年", "跨几年", "持续几年", "实施几年", "覆盖几年", "共几年", "一共几年", "管几年"),
                ("how many years does", "how many years do", "years does it span", "span how many years", "spans how many years",
                 "how many years it spans", "how many years it covers", "how many years long", "span", "start and end years",
                 "start and end year", "start year and end year", "start and end dates", "first and last years", "start and finish years",
                 "starting year and ending year", "starting and ending years", "starting and ending year"))
CUES["near"] = (("最远", "更远", "更近", "远一些", "近一些", "较远", "较近", "离得最近", "离得最远"),
                ("closest", "nearest", "farthest", "furthest", "closer", "nearer", "further away", "farther away", "further", "farther",
                 "most distant", "nearest to", "closest to"))
CUES["latest"] = (("最新的", "最新", "最近一期", "最近的一期"), ("latest", "most recent", "newest", "latest recorded", "most recently recorded"))
# a direction said as a way or an end (farthest toward the east, the northern tip): which lies furthest that way
for _d in ("north", "south", "east", "west"):
    CUES[_d] = (CUES[_d][0], CUES[_d][1] + tuple(f"{far} {to} the {_d}" for far in ("farthest", "furthest") for to in ("toward", "towards"))
                + tuple(f"{_d}ern {end}" for end in ("tip", "end", "edge", "extremity")))
# a coordinate said to be higher or lower (whose latitude is higher): that way
for _d, _axis, _words in (("north", "latitude", "higher greater bigger larger"), ("south", "latitude", "lower smaller"),
                          ("east", "longitude", "higher greater bigger larger"), ("west", "longitude", "lower smaller")):
    CUES[_d] = (CUES[_d][0], CUES[_d][1] + tuple(f"{_axis} is {w}" for w in _words.split()))
del _d, _axis, _words  # loop names, no part of the lexicon
# the earliest figure of those the graph holds (最早的交易额, the earliest year with a figure): read only beside an indicator
CUES["earliest"] = (("最早的", "最早", "最老的", "最早一期"), ("earliest", "oldest", "earliest recorded", "first recorded", "first year"))
CUES["noise"] = (("按倍数算", "麻烦列全", "列全", "全部列出来", "全国有名的", "全国有名", "全国闻名的", "全国闻名", "国内有名的", "记者核实", "核实一下", "核实", "记者", "起码", "能简单说说吗", "简单说说", "简单介绍一下", "简单", "一直没搞清楚", "没搞清楚", "搞清楚", "被收进", "收进", "这俩数", "俩数", "按倍数", "文章预告的", "文中预告的", "报道预告的", "既然", "官方", "通常", "公开", "有代表性的", "代表性的", "代表性", "特别是", "统计表里", "统计表上", "统计表中", "我总是搞混", "我老是搞混", "我总搞混", "老是搞混", "总是搞混", "总搞混", "我总是弄混", "老是弄混", "同事稿子里写", "稿子里写", "稿子上写", "稿子里", "稿子", "有篇材料说", "材料里说", "材料说", "据不完全统计", "不完全统计", "请概述", "概述", "请说明", "说明", "撰写", "处于", "为纽带", "纽带", "需要引用", "需引用", "拟引用", "想引用", "要引用", "学位论文", "论文", "保留两位小数", "两位小数", "今天的", "行政上",
                   "稿件称", "有稿件称", "均计入", "都计入", "这两个统计期", "两个统计期", "统计期", "这两期", "两期", "而言",
                   "上述报道中所列", "报道中所列", "文中所列", "上述报道中", "上述报道", "经核", "兹就", "事宜询问", "事宜", "请予答复", "予答复", "网传", "网上传", "坊间传", "我在别处看到", "在别处看到", "别处看到", "在别处看", "别处看", "在别处", "别处", "的体量", "体量", "的商品", "数平均", "一并列明", "烦请一并", "一并", "并附", "列一下呗", "呗", "到底", "请按原文的写法给出", "按原文的写法", "原文的写法", "写法", "代表点", "区划数据里的", "区划数据里", "据说今年的", "据说", "请测算", "测算", "经查", "据查", "特此询问", "特此", "烦请告知", "烦请", "好奇哈", "好奇", "来着", "报道中所说的", "报道里所说的", "报道所说的", "文章中所说的", "文章里所说的", "文中所说的", "报道里说", "报道说", "报道中说", "文章里说", "文章说的", "文章列的", "文章里列的", "文中列的", "不要自己推算的", "不要推算的", "不要自己算的", "要原文给出的", "原文给出的", "文章点名了", "文章提到了", "文章里提到了", "文中提到了", "是个什么规模", "什么规模", "多大规模", "从下往上", "一级一级说", "一级一级", "逐级", "这段时间", "文章列出来的", "文章列出的", "文章里列出的", "文中列出的", "文章列举的", "文章点名的", "两市", "两个市", "两县", "两个县", "两地", "两区", "三市", "三个市", "三县", "三个县", "三地", "三区", "四市", "四个市", "两座城市", "两个城市", "两者", "出了名的", "地级市叫什么", "城市叫什么", "比如", "例如", "譬如", "之类的", "之类", "也包括在内", "包括在内", "都算", "也算", "两位数", "折合成", "折成", "折合", "按公斤计价", "按斤计价", "计价", "换算成", "换算为", "换算", "换成", "相当于", "最后是", "最后", "最终是", "叫什么名字", "名字是什么", "跟谁有", "和谁有", "与谁有", "同谁有", "最终", "经济增长", "据报道", "据文章", "文章里提到的", "文章中提到的", "文章提到的", "文中提到的", "报道里提到的", "报道中提到的", "报道称", "文章说", "最好有", "最好能", "最好给", "最好附上", "最好带上", "全国知名", "全国著名", "全国闻名", "全国性", "知名度", "前7个月", "前七个月", "头七个月", "头7个月"),
                 ("administratively speaking", "a lot of", "-odd", "odd", "divided into", "divided", "mark", "going by the period in its title", "going by its title", "going by the title", "tagged as", "tagged", "labelled as", "labeled as", "flagged as", "using the graph's lat/long", "using the graph's coordinates", "using the coordinates", "using the graph's", "measured", "noted", "considered", "regarded", "specific", "certain", "notable", "prominent", "respectively", "essentially", "typically", "formally", "publicly", "in the division hierarchy", "in the administrative hierarchy", "in the hierarchy", "directly", "the unit coded", "unit coded", "the division coded", "the place coded", "the county coded", "coded as", "a draft brief says", "a draft says", "my draft says", "draft brief", "at face value", "taking the figures at face value", "in a sentence", "in one sentence", "in a word", "in brief", "in short", "is it correct that", "is it right that", "as well,", "as well as the city itself", "as well as the city", "the city itself", "as well as", "judged by their representative points", "by their representative points", "representative points", "representative point", "it's claimed that", "it is claimed that", "the year before last", "last year",
                  "this year",
                  "does the source actually give", "does the source give", "does the article actually give", "does the article give", "does the article cite", "does the article quote", "does the article mention",
                  "does the article report", "does the article state", "does the report cite", "does the report give", "does the source cite",
                  "together with the", "together with", "because of", "per the nbs 2023 division data", "per the division data", "using the division data", "the actual figure", "actual figure", "actually", "actual", "please indicate", "kindly compute", "please compute", "compute",
                  "please confirm the", "please confirm", "kindly confirm", "i mix them up", "i always mix them up", "i keep mixing them up",
                  "i get them mixed up", "i always get them mixed up", "i confuse them", "i always confuse them", "the unit with", "the division with", "the place with", "pertaining to the aforementioned", "pertaining to", "including any", "information held",
                  "press release says", "a press release", "establishing that", "any figures",  "travel sites", "several", "i read somewhere that", "i heard somewhere that", "i read online that", "i read that", "i heard that", "i saw that", "i was told that", "i heard", "i was told", "kindly advise", "please advise", "kindly", "with respect to", "with regard to", "aforementioned", "aforesaid", "most e-commerce entrepreneurs", "most entrepreneurs", "most of the entrepreneurs", "that area", "this area", "that zone", "this zone", "apart from", "aside from", "except for", "expressed in", "expressed as", "express it in", "running total up to", "on an average annual basis", "annual basis", "down to the", "its code", "code, level and", "won approval as", "won approval", "keep track of", "keeps track of", "kept track of", "the two cities", "both cities", "the two counties", "names please", "names, please", "name them", "just the names", "at least one", "at least a", "is in place", "in place", "lots of", "of china", "in china", "show up in", "shows up in", "show up", "appear in", "appears in", "converted to", "convert to", "convert", "converted", "in terms of", "equivalent to", "works out to",
                  "nationally known", "well known nationally", "double digits", "double-digit", "double digit", "first seven months", "first 7 months", "january to july",
                  "jan-jul", "jan to jul", "according to the knowledge graph", "according to the graph",
                  "according to the kg", "per the graph", "set out to", "sets out to", "these days", "nowadays", "economic growth", "growth of the economy", "the source itself", "source itself", "according to the article", "according to the report",
                  "or the reverse", "or vice versa", "or the other way round", "or the other way around", "quoted anywhere in", "quoted anywhere", "according to the source", "according to the sources", "according to reports", "per the article",
                  "going by the article", "based on the article", "most of the", "most of them", "going by the report", "based on the report",
                  "the article says", "as reported", "in the knowledge graph", "in the graph"))
# the words that set a figure against a number written right after them (过500亿, above 150 billion)
ABOVE = ("topping", "到没到", "达没达到", "超没超过", "够没够", "超过", "超出", "突破", "破", "过", "高于", "多于", "大于", "达到", "上", "above", "over", "exceed", "exceeded", "top", "past",
         "topped", "more than", "greater than", "at least", "reach", "reached", "pass", "passed", "surpass", "surpassed",
         "hit", "beyond", "break through", "broke through", "broken through")
BELOW = ("低于", "少于", "小于", "不到", "不足", "未到", "below", "under", "less than", "fewer than", "short of")
# in Chinese, written before a number (上 is one only after it: 500亿以上)
ZH_BOUND = tuple(w for w in ABOVE + BELOW if "\u4e00" <= w[0] <= "\u9fff" and w != "上")
# the direction cues: (coordinate, highest first)
DIRECTIONS = {"north": ("lat", True), "south": ("lat", False), "east": ("long", True), "west": ("long", False)}
EN_YESNO_START = ("is ", "are ", "does ", "do ", "did ", "was ", "were ", "has ", "have ", "can ", "will ", "had ")

# words that carry no content of their own (removed before looking for words not understood)
ZH_FILLER = ("一碗", "什么量级", "量级", "行政区名", "合作社路子", "路子", "这边", "当期", "作为", "做选题对比", "做选题", "什么程度", "再往", "那个例子里", "例子里", "例子", "归类", "怎么归类", "盘子", "完成了", "完成", "分成", "分为", "划分为", "划成", "撑起", "趋势", "走势", "变化趋势", "越详细越好", "越详细越好的", "详细一点", "生意", "事儿", "这事儿", "一路", "辖区里", "辖区", "原文是怎么表述的", "是怎么表述的", "怎么表述的", "怎么表述", "表述", "请照录", "照录", "往上说到自治区", "往上说到", "往上说", "再往上一级", "再往上", "一一列出", "一一", "请把", "铺开", "算作", "算", "口岸", "重点讨论", "领导", "预告", "火起来", "种养", "名称", "名义", "前者", "后者", "既", "连起来", "联系起来", "连在一起", "统计", "地头",
             "一级一级往上", "老问", "总问", "老是问", "家人们", "在地图上", "标点", "标个点", "设置", "二者", "两者", "逐项列明", "逐项", "直接给数", "直接给个数", "名字叫", "听起来像", "听起来", "看起来像", "其实", "机关", "在外面", "外面", "专门", "多大盘子", "盘子", "开出去", "开出", "另外", "具体", "拉动", "一系列", "系列", "数量", "想问问", "想问", "问问", "请教", "点名了", "点名", "提及", "列出来", "列出", "列了", "列举", "出了名的", "出名的", "有名的", "著名的", "知名的", "怎样", "是怎样的", "以外", "之外", "除外", "交代清楚", "说清楚", "讲清楚", "讲清楚点", "请问", "请", "一下", "告诉我", "告诉", "我想知道", "想知道", "知道", "你", "我", "我们", "能否", "可以",
             "一共", "总共", "共有", "共", "合计", "总计", "分别", "各", "各自", "都", "也", "还", "呢", "吧", "呀", "啊",
             "的", "了", "是", "有", "在", "和", "与", "及", "以及", "跟", "同", "或", "或者", "到", "从", "至", "由",
             "被", "把", "对", "给", "为", "将", "那", "这", "这个", "那个", "该", "其", "中", "里", "之间", "期间",
             "年", "月", "日", "号", "个", "家", "元", "亿", "万", "多", "少", "年度", "全年", "当年", "哪", "什么", "怎么",
             "如何", "什么样", "多大", "几", "呢", "啥", "咋", "过", "着", "去", "来", "要", "能", "让", "得", "地",
             "上", "下", "内", "以来", "时", "后", "前", "达到", "达", "有多", "些", "们", "全区", "广西区", "目前",
             "现在", "如今", "目前", "统计报表", "报表", "给出", "完整的", "完整", "当时", "截至", "电商", "电子商务", "带动", "培育", "说法", "获得", "成为", "举办", "举行", "召开", "开幕", "建成", "目前为止", "截止", "累计", "一", "每", "各个", "所", "等", "又", "就", "则", "吗", "么",
             "人", "次", "户", "斤", "公斤", "钱", "块", "第", "名", "方面", "具体", "大概", "大约", "左右", "约",
             "知识图谱", "图谱", "身份", "铺位", "光靠", "参考数据", "参考", "驻地", "一层层", "一级级", "写出来", "之列", "登记", "那条路", "这条路", "条路", "为核心的", "核心", "增收", "知识库", "数据库", "周末版", "专题", "百分点", "规模", "按", "根据", "按照", "据", "如果", "假如", "假设", "据此", "照此",
             "两样", "三样", "几样", "这几样", "两者", "三者", "两项", "三项", "收录", "收录了", "记录了", "录入", "写进了", "写进", "写入了", "先问下", "先问问", "先问", "一部分", "部分",
             # a figure's qualifier words: the answer shows each figure with its own (突破 38亿, 一万余户, 约12万人)
             "突破", "突破了", "余", "逾", "估算", "估计", "已经", "已", "搞", "展开", "概念", "记为", "记成", "记作", "被记为", "被记成",
             # light verbs and words of talk that ask nothing of their own
             "提供", "提供了", "进行", "开展", "实现", "东西", "事情", "情形", "方面的", "哪方面", "具体地", "到底", "究竟",
             "一般", "主要", "大致", "差不多", "多少钱", "麻烦", "帮我", "帮忙", "查一下", "查查", "看看", "看一下", "问一下",
             "有没有人", "知不知道", "是否有", "什么的", "之类", "之类的", "相关的", "方面",
             "具体品种", "品种", "排一下", "排个序", "排序", "排列一下", "排列", "国家统计局", "统计局", "明确记录", "明确", "记录", "记载", "辖区范围内", "辖区内", "管辖范围内", "管辖范围", "文中", "范围内", "范围", "特色", "位置", "下面", "底下", "挂了", "挂", "基数", "总数",
             "大类", "体系", "那一大类", "一大类", "自己", "本身的", "这件事", "件事", "这事", "关于",
             # leaving kinds out (不算区): read by parse._kinds_left_out
             "这个数字", "这个数", "数字", "顺便", "水平", "只数", "岁", "听说", "有人", "朋友", "别人", "同事", "人家", "告诉", "只算", "叫做", "被叫做", "被称为", "称作", "相当于", "相当于是", "不算", "不含", "不包括", "不要算", "不用算", "算进来", "算进去", "算在内", "除了", "除去", "除开", "除掉", "刨去", "刨除", "除外", "不计", "都算", "区和县",
             "牌子", "这块牌子", "称号的牌子", "业务", "出现", "出现了", "出现过", "实地考察", "考察", "实地", "全部", "数额", "一笔", "数值", "组建", "区划信息", "区划", "代码", "一大批", "大批", "不用", "很好", "很火", "不错", "带火了", "带火", "那会儿", "会儿",
             "实际", "实际上", "实际的", "准备", "指标", "新浪", "准确的", "准确", "上面写着", "上面写", "上面说", "两类", "两种", "这两类", "这两种", "放在一起看", "一起看", "那篇", "这篇", "发出", "正式", "正好", "恰好", "刚好", "据不完全统计", "不完全统计", "那段话", "这段话", "段话", "某种", "某个", "某些", "某一", "收货地址", "地址", "客户给的", "带起来的", "带起来", "带起", "叫作", "被叫作", "称为")
# words that describe the things a question names before them (凭祥、东兴这些边境城市; Pingxiang and Dongxing, which
# border city) but state nothing the graph holds: understood only after such a name, never as a condition (哪些边境城市)
# words English writes for a word of a name (Qinzhou's bonded port zone: …Bonded Port Area), read as it only where
# the words around then make the name
NAME_WORD_SYNONYMS = {"zone": "area", "hall": "centre", "info": "information", "port": "harbor", "showroom": "centre", "center": "centre",
                      "hub": "centre", "trial": "pilot"}
DESCRIBING = ("边境城市", "边境", "border cities", "border city", "border", "龙头", "领军", "leading")
# English verbs of relations and figures: a name never starts or ends with one ("develop in Guangxi")
EN_VERBS = {"came", "come", "develop", "developed", "operate", "operates", "adopted", "adopt", "hosted", "organised",
            "organized", "issued", "settled", "belong", "belongs", "originate", "reach", "reaches", "grow", "grew",
            "sell", "sold", "make", "made", "earn", "earned", "rise", "rose", "build", "built", "support", "goods",
            "held", "run", "runs", "published", "reported", "rank", "ranked"}
# China's province-level divisions as English writes them: a name in its own right, never a misspelling of a name
# the graph holds (Hubei is not Pubei); one the graph does not hold stays unknown, and the question is refused
PROVINCES_EN = frozenset("""beijing tianjin hebei shanxi shaanxi liaoning jilin heilongjiang shanghai jiangsu zhejiang anhui
fujian jiangxi shandong henan hubei hunan guangdong guangxi hainan chongqing sichuan guizhou yunnan tibet xizang gansu
qinghai ningxia xinjiang taiwan hongkong macau macao""".split())
# and as Chinese writes them (the short forms: 广东 of 广东省, 内蒙古 of 内蒙古自治区)
PROVINCES_ZH = lazyre.compile("|".join("""北京 天津 河北 山西 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南
重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 内蒙古 宁夏 新疆 台湾 香港 澳门""".split()))
EN_FILLER = {"rough", "spot", "shopping", "crowd", "out-of-province", "infrastructure", "prior", "previous", "preceding", "selamat", "pagi",
    "hello", "greetings", "count-wise", "via", "anywhere", "piled", "accumulated", "racked", "amassed", "sector", "stood", "stands",
    "stored", "alike", "entity", "degrees", "character", "point", "points", "evenly", "spread",
    "ballpark", "sanity", "headcount", "official", "malaysian", "indonesian", "thai", "vietnamese", "filipino", "singaporean",
    "briefing", "planning", "booth", "real", "misremembering", "misremember", "formal", "reliable", "verbatim",
    "taxonomy", "broader", "umbrella", "coal", "small", "far-western", "far-eastern", "far-northern", "far-southern", "sub-type", "subtype", "renderings", "rendering", "divide", "tracing", "legal", "land", "autumn", "chosen", "track", "tracked", "tracking", "colleague", "insists", "grant", "proposal", "snapshot", "couple", "stat", "stats", "presence", "presumably", "explicitly", "stationed", "roster", "namesake", "old-style", "administration", "values", "amounts", "individual", "context", "fyi", "query", "note", "memo", "update", "request", "urgent", "research", "homework", "assignment", "dissertation", "thesis", "chapter", "clarification", "follow-up", "followup", "reminder", "task", "trivia", "quiz", "baseline", "numeric", "math", "maths", "thinks", "reckons", "believes", "insisted",
    "correct",  # Dongxing is under Fangchenggang, correct or not: the claim asked about, no content of its own
    "carry", "carries", "carrying", "stock", "stocks", "stocking",  # how many SKUs is the centre carrying: it has
    "foreign-trade",  # the total foreign-trade value a share implies: the whole the share is of
    "set", "statement", "notes", "obtain", "obtained", "publication", "judged", "introduced", "importer", "comparing", "periods", "administrative", "make", "makes", "used", "lists", "picture", "story", "order", "equal", "equals", "first", "second", "third", "fourth", "fifth",
    "sixth", "seventh", "eighth", "ninth", "tenth", "filing", "min", "network", "physical", "whoever", "topping", "records", "recorded", "win", "won", "untill", "til", "farm", "supplier", "suppliers", "client", "clients", "customer", "customers", "told", "tells", "claims", "claimed", "someone",
    "named", "inside", "worth", "past", "having", "proper", "given", "single", "own", "recompute", "recalculate", "recalculated", "recomputed", "creating", "created",
    "delivered", "deliver", "behind", "provided", "conducted", "carried", "names", "please",
    "across", "including", "you've", "we've", "i've", "you'd", "we'd", "i'd", "else", "also", "here", "now", "just", "exactly", "really", "actually", "anyway", "currently",
    "what", "which", "where", "when", "who", "whom", "whose", "how", "many", "much", "does", "do", "did", "is", "are",
    "was", "were", "the", "of", "in", "from", "have", "has", "had", "a", "an", "and", "to", "for", "with", "by",
    "that", "this", "these", "those", "there", "their", "its", "it", "on", "at", "be", "been", "as", "or", "s",
    "can", "could", "would", "will", "you", "me", "i", "we", "please", "tell", "give", "show", "know", "about",
    "between", "all", "any", "some", "each", "both", "per", "than", "then", "year", "years", "yearly", "annual",
    "annually", "total", "overall", "number", "amount", "figure", "figures", "value", "data", "stated", "according",
    "in?", "so", "far", "up", "until", "by", "since", "over", "during", "period", "time", "yuan", "rmb", "cny",
    "trillion", "billion", "million", "percent", "per", "cent", "jin", "kg", "one", "two", "three", "get", "got", "they", "them",
    "he", "she", "his", "her", "our", "your", "my", "also", "just", "only", "exactly", "roughly", "around", "approx",
    "approximately", "currently", "now", "then", "guangxi's", "what's", "whats", "it's", "let", "like", "did", "done",
    "e-commerce", "ecommerce", "yes", "no", "not", "really", "true", "actually", "cumulative", "cumulatively", "fact",
    "carry", "carries", "still", "officially", "post", "posted",
    # months: a period is shown with every figure, as 月 is read in Chinese questions (the year selects)
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "month", "months",
    "facts",
    "built", "much", "big", "large", "say", "says", "said", "mention", "mentioned", "state", "stated", "record", "stocked", "piece", "classify", "classifies", "classified", "categorise", "categorize", "categorised", "categorized",
    "recorded", "graph", "knowledge", "reach", "reached", "hit", "achieve", "achieved", "come", "came", "go", "went",
    "being", "into", "out", "off", "new", "other", "another", "same", "different", "full", "whole", "entire",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "create", "created", "creates", "drive", "driven", "drove", "bring", "brought", "generate",
    "generated", "help", "helped", "does", "doing", "national", "people", "persons", "open", "opened", "developed",
    "develops", "rate", "rates", "gives", "money", "famous", "well-known", "known", "main", "major", "important", "key",
    "mentioned", "mention", "graph's", "hold", "holds", "contain", "contains", "among", "approved", "lies", "lie",
    "situated", "them", "they", "level", "any", "fetch", "fetched", "go", "goes",
    # a figure's qualifier words, shown with each figure as stated
    "exceeded", "exceed", "exceeds", "estimated", "estimate", "already", "approximate", "ppl", "operating", "mean", "against", "right", "admin", "w/", "but", "opposed", "describes", "described", "lying", "put", "olds", "take", "took", "taken", "others", "region's", "i'd", "we'd", "i'll", "we'll",
    # light words of talk that ask nothing of their own
    "kind", "kinds", "sort", "sorts", "type", "types", "ever", "yet", "recently", "specifically", "particular",
    "particularly", "happen", "happened", "thing", "things", "something", "anything", "everything", "sure", "wonder",
    "wondering", "need", "needs", "want", "wanted", "looking", "find", "found", "quick", "quickly", "question",
    "info", "details", "detail", "exist", "exists", "existed", "listed", "included", "include", "here", "okay", "ok",
    "hi", "hello", "thanks", "thank", "pls", "plz", "anyone", "somebody", "someone", "basically", "generally",
    "mostly", "mainly", "exact", "precise", "precisely", "really", "pretty", "quite", "very",
    "big-name", "top-tier", "provide", "provided", "provides", "offer", "offered", "offers",
    "currently", "presently", "today", "nowadays", "lately", "again", "once",
    "ones", "way", "ways", "dataset", "database", "kg", "running", "show", "shows", "appear", "appears", "too",
    "co-op", "cooperative", "business", "bulk", "general", "scheduled", "planned", "due", "saying", "mentions",
    "mentioning", "excluding", "except", "besides", "outside", "without", "counting", "counted", "operations", "activities", "visit", "became", "become", "becomes", "knows", "carried", "carry", "campaigns", "campaign",
    "fetching", "somewhere", "teh", "numbers", "seat", "seats",
    # a figure broken through (突破) is shown with its qualifier; "mid-2018" selects by its year; light verbs
    "break", "broke", "broken", "through", "mid", "end", "ended", "going", "meant", "else", "every", "getting",
    "absolute", "terms", "today", "form", "forms", "formed", "starting", "start", "started", "businesses",
    "taking", "assuming", "assume", "suppose", "supposing", "imply", "implies",
    # hedges and asides that ask nothing (technically, abt, etc, a RMB figure is fine, I keep seeing)
    "totalled", "totaled", "totalling", "totaling", "amounted", "distinct", "different", "separate", "unique", "ultimately", "billions", "millions", "thousands",
    "underlying",
    "technically", "strictly", "chinese", "name", "spread", "leaving", "leave", "whichever", "whatever", "puts", "put", "fall", "falls", "called", "comprehensive", "code", "stock", "stocks",
    # verbs of talk and light verbs that ask nothing of their own (did X see incomes rise, rack up, my draft says)
    "saw", "see", "sees", "seen", "rack", "racked", "draft", "defines", "define", "defined", "drives", "asked", "facing", "remain", "remains", "ignore", "ignoring", "front", "draw", "draws", "based", "status", "role", "represent", "represents", "represented", "attach", "attaches", "current", "the urban core", "urban core", "notched", "notch", "sina", "estimates", "headcount", "units", "cultivated", "cultivate", "cultivating", "original",
    "lookup", "look-up", "look", "giving", "elapsed", "thirds", "quarters", "fifths", "tenths",
    "launched", "editor", "editors", "takes", "entries", "lumps", "lumped", "merely", "growers", "folks", "launching", "pick", "trace", "upward", "upwards", "logged", "typical", "began", "calendar",
    "shelves", "shelf", "relating", "hiring", "occupy", "occupies", "aside",
    "plain", "ordinary", "regular", "map", "plus", "can't", "cannot", "english", "originally", "attached", "strictly speaking", "abt", "etc", "fine", "keep", "seeing", "talks", "talk", "talked",
}


# a character that, written right after a product's or a place's name, names another thing made of it or at it
# (百色芒果干 dried mango, 螺蛳粉厂 a factory, 米粉店 a shop): never the name itself
THING_SUFFIXES = frozenset("干汁苗酱酒饼片膏罐脯丁条粒籽厂店馆坊铺站场园巷街路桥港湾岛")  # 防城巷, 东兴街: another place than the name
