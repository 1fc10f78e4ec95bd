"""What the 2018 Sina Guangxi article states, as curated facts for scripts/build_graph.py.

Every fact names a key phrase `q`: a verbatim substring of the article body. The builder expands it
to the whole sentence that contains it, checks that the sentence is unique, and records that sentence
as the fact's gxo:Evidence. Nothing here is stated without such a phrase.

Entity keys are IRI paths under gxr: (https://w3id.org/gxkg/resource/); places from the reference
data are `place/<code>`. English labels are our translations of the Chinese names.
"""

SOURCE_FILE = "000_344fe5bdacb1ee74.txt"
SOURCE = {
    "key": "source/sina-gx-2018-08-20",
    "title": "广西电商新跨越 经济增长新引擎",
    "title_en": "Guangxi e-commerce's new leap, a new engine of economic growth",
    "url": "http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml",
    "publisher": "新浪广西",
    "publisher_en": "Sina Guangxi",
    "issued": "2018-08-20",
    "language": "zh-Hans",
}

# Reference places the article names (keys into graph/places.ttl).
GX = "place/450000"      # 广西壮族自治区
NN = "place/450100"      # 南宁市
LZ = "place/450200"      # 柳州市
GL = "place/450300"      # 桂林市
WZ = "place/450400"      # 梧州市
FCG = "place/450600"     # 防城港市
GG = "place/450800"      # 贵港市
BS = "place/451000"      # 百色市
HC = "place/451200"      # 河池市
HX = "place/450181"      # 横州市 (横县 in the article)
RA = "place/450224"      # 融安县
DX = "place/450681"      # 东兴市
LS = "place/450721"      # 灵山县
LY = "place/451027"      # 凌云县
FS = "place/451223"      # 凤山县
PX = "place/451481"      # 凭祥市
HT = "place/450721115208"  # 汉塘村
QZBS = "place/450702403"   # 广西钦州保税港区

# Reference places mentioned in the article: (key, phrase) so the place is linked to its mention.
MENTIONS = [
    (LS, "广西灵山县汉塘村的村民骄傲的说"),
    (HT, "广西灵山县汉塘村的村民骄傲的说"),
    (NN, "南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额"),
    (BS, "南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额"),
    (LZ, "南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额"),
    (GL, "桂林米粉"),
    (WZ, "梧州六堡茶"),
    (LY, "百色凌云茶"),
    (HX, "横县茉莉花茶"),
    (FCG, "防城港金花茶"),
    (HC, "河池长寿食品"),
    (GG, "贵港富硒产品"),
    (FS, "凤山通过"),
    (RA, "融安打造"),
    (PX, "凭祥、东兴等边境城市"),
    (DX, "凭祥、东兴等边境城市"),
    (QZBS, "钦州保税港区国际商品直销中心"),
    (GX, "广西电子商务交易额从2013年"),
]

# (key, class, zh, en, [alt labels zh/en], phrase)
ENTITIES = [
    # places outside the reference data
    ("place/beijing", "Province", "北京市", "Beijing", ["北京"], "同意在北京等22个城市设立"),
    ("place/jiangxi", "Province", "江西省", "Jiangxi", ["江西"], "业务拓展到江西、四川、湖南等省"),
    ("place/sichuan", "Province", "四川省", "Sichuan", ["四川"], "业务拓展到江西、四川、湖南等省"),
    ("place/hunan", "Province", "湖南省", "Hunan", ["湖南"], "业务拓展到江西、四川、湖南等省"),
    ("place/asean", "Region", "东盟", "ASEAN", ["东南亚国家联盟", "Association of Southeast Asian Nations"], "涵盖东盟、欧美、澳洲等5万多个SKU"),
    ("place/europe-america", "Region", "欧美", "Europe and America", [], "涵盖东盟、欧美、澳洲等5万多个SKU"),
    ("place/australia", "Region", "澳洲", "Australia", ["澳大利亚"], "涵盖东盟、欧美、澳洲等5万多个SKU"),
    # products
    ("product/hantang-fruit-seedlings", "Product", "汉塘村果苗", "Hantang fruit seedlings", ["果苗", "金苗苗", "fruit seedlings"], "2017年汉塘村果苗年销售额达1.6亿元"),
    ("product/nanning-banana", "Product", "南宁香蕉", "Nanning banana", ["Nanning bananas"], "南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额"),
    ("product/baise-mango", "Product", "百色芒果", "Baise mango", ["Baise mangoes"], "南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额"),
    ("product/liuzhou-luosifen", "Product", "柳州螺蛳粉", "Liuzhou river-snail rice noodles", ["螺蛳粉", "Liuzhou luosifen", "luosifen"], "南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额"),
    ("product/guilin-rice-noodles", "Product", "桂林米粉", "Guilin rice noodles", [], "桂林米粉"),
    ("product/nanning-laoyou-noodles", "Product", "南宁老友粉", "Nanning laoyou noodles", ["老友粉"], "南宁老友粉"),
    ("product/guangxi-rice-noodles", "Product", "广西米粉", "Guangxi rice noodles", ["米粉"], "南宁老友粉等广西米粉"),
    ("product/wuzhou-liubao-tea", "Product", "梧州六堡茶", "Wuzhou Liubao tea", ["六堡茶"], "梧州六堡茶"),
    ("product/baise-lingyun-tea", "Product", "百色凌云茶", "Baise Lingyun tea", ["凌云茶"], "百色凌云茶"),
    ("product/hengxian-jasmine-tea", "Product", "横县茉莉花茶", "Hengxian jasmine tea", ["茉莉花茶", "横州茉莉花茶"], "横县茉莉花茶"),
    ("product/fangchenggang-golden-camellia-tea", "Product", "防城港金花茶", "Fangchenggang golden camellia tea", ["金花茶"], "防城港金花茶"),
    ("product/hechi-longevity-food", "Product", "河池长寿食品", "Hechi longevity food", ["长寿食品"], "河池长寿食品"),
    ("product/guigang-selenium-rich-products", "Product", "贵港富硒产品", "Guigang selenium-rich products", ["富硒产品"], "贵港富硒产品"),
    ("product/wanshougu-walnut-chicken", "Product", "万寿谷核桃鸡", "Wanshougu walnut chicken", ["核桃鸡"], "万寿谷核桃鸡产业"),
    ("product/rongan-kumquat", "Product", "融安金桔", "Rong'an kumquat", ["金桔", "kumquat", "kumquats"], "原本只卖2元/斤的金桔"),
    # industries
    ("industry/river-snail-farming", "Industry", "螺蛳养殖", "river-snail farming", [], "带动了上游螺蛳养殖"),
    ("industry/bamboo-shoot-growing", "Industry", "竹笋种植", "bamboo-shoot growing", ["竹笋"], "竹笋、豆角种植"),
    ("industry/cowpea-growing", "Industry", "豆角种植", "cowpea (long bean) growing", ["豆角"], "竹笋、豆角种植"),
    ("industry/online-ecommerce", "Industry", "网络电商", "online e-commerce", [], "下游网络电商发展"),
    ("industry/guangxi-tea", "Industry", "广西桂茶产业", "Guangxi tea (Guicha) industry", ["桂茶", "桂茶产业", "Guicha"], "形成了广西独具特色的广西桂茶产业"),
    ("industry/guangxi-rice-noodle-chain", "Industry", "广西米粉产业链", "Guangxi rice-noodle industry chain", ["米粉产业链"], "一根米粉串起一条产业链"),
    # organisations and platforms
    ("org/alibaba", "Platform", "阿里巴巴", "Alibaba", ["Alibaba Group"], "阿里巴巴、京东、乐村淘、赶街等全国知名电商平台"),
    ("org/jd", "Platform", "京东", "JD.com", ["JD", "Jingdong"], "阿里巴巴、京东、乐村淘、赶街等全国知名电商平台"),
    ("org/lecuntao", "Platform", "乐村淘", "Lecuntao", [], "阿里巴巴、京东、乐村淘、赶街等全国知名电商平台"),
    ("org/ganjie", "Platform", "赶街", "Ganjie", ["赶街网"], "阿里巴巴、京东、乐村淘、赶街等全国知名电商平台"),
    ("org/alibaba-onetouch", "Platform", "阿里巴巴一达通", "Alibaba OneTouch", ["一达通"], "阿里巴巴一达通、浙江聚贸、德国思爱普（SAP）等跨境电商平台"),
    ("org/zhejiang-jumore", "Platform", "浙江聚贸", "Zhejiang Jumore", ["聚贸"], "阿里巴巴一达通、浙江聚贸、德国思爱普（SAP）等跨境电商平台"),
    ("org/sap", "Platform", "德国思爱普（SAP）", "SAP", ["思爱普", "SAP", "德国思爱普"], "阿里巴巴一达通、浙江聚贸、德国思爱普（SAP）等跨境电商平台"),
    ("org/dhgate", "Organization", "敦煌", "DHgate", ["敦煌网"], "京东、敦煌、谷歌、唯品会、至简云图等一大批电商领军企业入桂发展"),
    ("org/google", "Organization", "谷歌", "Google", [], "京东、敦煌、谷歌、唯品会、至简云图等一大批电商领军企业入桂发展"),
    ("org/vipshop", "Organization", "唯品会", "Vipshop", [], "京东、敦煌、谷歌、唯品会、至简云图等一大批电商领军企业入桂发展"),
    ("org/zhijian-yuntu", "Organization", "至简云图", "Zhijian Yuntu", [], "京东、敦煌、谷歌、唯品会、至简云图等一大批电商领军企业入桂发展"),
    ("org/china-asean-sme-trade-platform", "Platform", "中国-东盟中小企业贸易促进平台", "China-ASEAN SME Trade Promotion Platform", ["中国东盟中小企业贸易促进平台"], "本土企业开发建设的中国-东盟中小企业贸易促进平台"),
    ("org/border-trade-information-platform", "Platform", "线上边民互市综合管理信息平台", "online border-residents' trade management information platform", ["边民互市综合管理信息平台"], "建设线上边民互市综合管理信息平台"),
    ("org/guangxi-government", "Organization", "广西壮族自治区人民政府", "People's Government of Guangxi Zhuang Autonomous Region", ["自治区人民政府", "广西壮族自治区政府", "Guangxi regional government"], "本次论坛由广西壮族自治区人民政府主办"),
    ("org/guangxi-government-general-office", "Organization", "自治区人民政府办公厅", "General Office of the People's Government of Guangxi Zhuang Autonomous Region", ["广西壮族自治区人民政府办公厅", "General Office of the Guangxi regional government"], "《自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知》"),
    ("org/guangxi-commerce-department", "Organization", "广西壮族自治区商务厅", "Department of Commerce of Guangxi Zhuang Autonomous Region", ["自治区商务厅", "广西商务厅", "Guangxi Department of Commerce"], "广西壮族自治区商务厅承办"),
    ("org/state-council", "Organization", "国务院", "State Council", ["中华人民共和国国务院", "State Council of the PRC"], "国务院发布《关于同意在北京等22个城市设立跨境电子商务综合试验区的批复》"),
    ("org/ecommerce-lecturer-group", "Organization", "电子商务讲师团", "E-commerce lecturer group", ["讲师团"], "成立电子商务讲师团"),
    # models
    ("model/fengshan-walnut-chicken-ecommerce-households", "PovertyAlleviationModel", "“万寿谷核桃鸡产业+电商+贫困户”联动", "\"Wanshougu walnut-chicken industry + e-commerce + poor households\" linkage", ["万寿谷核桃鸡产业+电商+贫困户", "凤山模式"], "凤山通过“万寿谷核桃鸡产业+电商+贫困户”联动"),
    ("model/ecommerce-cooperative-households", "PovertyAlleviationModel", "“电商+农民合作社+贫困户”模式", "\"E-commerce + farmers' cooperative + poor households\" model", ["电商+农民合作社+贫困户", "融安模式"], "融安打造“电商+农民合作社+贫困户”模式"),
    ("model/border-trade-cross-border-ecommerce", "TradeModel", "“互市贸易+跨境电商”新模式", "\"Border trade + cross-border e-commerce\" model", ["互市贸易+跨境电商"], "探索“互市贸易+跨境电商”新模式"),
    ("model/cross-border-o2o-store", "TradeModel", "跨境电商O2O线下体验店", "Cross-border e-commerce O2O offline experience store", ["跨境电商O2O", "O2O线下体验店"], "跨境电商O2O线下体验店相继开业运营"),
    # policies
    ("policy/state-council-22-cities-cbec-pilot-zones-reply", "Policy", "关于同意在北京等22个城市设立跨境电子商务综合试验区的批复", "Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing", [], "国务院发布《关于同意在北京等22个城市设立跨境电子商务综合试验区的批复》"),
    ("policy/accelerating-ecommerce-opinions", "Policy", "自治区人民政府关于加快电子商务发展的若干意见", "Opinions of the regional government on accelerating e-commerce development", [], "《自治区人民政府关于加快电子商务发展的若干意见》"),
    ("policy/internet-plus-circulation-plan-notice", "Policy", "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知", "Notice of the regional government's general office issuing the implementation plan of the \"Internet + circulation\" action plan", [], "《自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知》"),
    ("policy/cross-border-ecommerce-implementation-opinions", "Policy", "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见", "Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce", [], "《自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见》"),
    ("policy/guangxi-ecommerce-13th-five-year-plan", "Policy", "广西电子商务发展“十三五”规划", "Guangxi e-commerce development plan for the 13th Five-Year period", ["十三五规划"], "《广西电子商务发展“十三五”规划》"),
    ("policy/guangxi-rural-ecommerce-three-year-plan", "Policy", "广西电子商务进农村三年规划", "Guangxi three-year plan for e-commerce in rural areas", [], "《广西电子商务进农村三年规划》"),
    ("policy/guangxi-ecommerce-poverty-alleviation-action-plan-2018-2020", "Policy", "广西电子商务精准扶贫三年行动计划（2018-2020）", "Guangxi three-year action plan for targeted poverty alleviation through e-commerce (2018-2020)", ["广西电子商务精准扶贫三年行动计划"], "《广西电子商务精准扶贫三年行动计划（2018-2020）》"),
    # events
    ("event/china-asean-info-port-ecommerce-forum-2018", "Event", "中国-东盟信息港电子商务论坛", "China-ASEAN Information Harbor E-commerce Forum", ["中国东盟信息港电子商务论坛"], "2018年9月13日，中国-东盟信息港电子商务论坛将在南宁举行"),
    ("event/china-asean-ecommerce-summit", "Event", "中国-东盟电子商务峰会", "China-ASEAN E-commerce Summit", ["中国东盟电子商务峰会"], "通过举办中国-东盟电子商务峰会"),
    ("event/ecommerce-into-guangxi-investment-fair", "Event", "“电商入桂”招商推介会", "\"E-commerce into Guangxi\" investment promotion fair", ["电商入桂招商推介会", "电商入桂"], "“电商入桂”招商推介会"),
    ("event/sanyuesan-ecommerce-festival", "Event", "“壮族三月三”电商节", "\"Zhuang Sanyuesan\" e-commerce festival", ["壮族三月三电商节", "三月三电商节"], "“壮族三月三”电商节"),
    ("event/guangxi-specialties-online", "Event", "广西特产网上行", "Guangxi specialties online", [], "广西特产网上行"),
    ("event/new-year-goods-ecommerce-festival", "Event", "电商年货节", "E-commerce New Year goods festival", [], "电商年货节"),
    ("event/time-honoured-brands-ecommerce-fair", "Event", "“老字号”电商大集", "\"Time-honoured brands\" e-commerce fair", ["老字号电商大集"], "“老字号”电商大集"),
    ("event/party-flag-ecommerce-poverty-alleviation-campaign", "Event", "“党旗领航•电商扶贫 我为家乡代言”", "\"Party flag leads, e-commerce against poverty: I speak for my hometown\"", ["党旗领航•电商扶贫 我为家乡代言", "我为家乡代言"], "“党旗领航•电商扶贫 我为家乡代言”"),
    ("event/ecommerce-poverty-alleviation-promotions", "Event", "电商精准扶贫促销", "E-commerce targeted poverty-alleviation promotions", [], "电商精准扶贫促销等系列电商品牌活动"),
    ("event/guangxi-ecommerce-lecturer-contest", "Event", "广西电商好讲师大赛", "Guangxi e-commerce best lecturer contest", ["电商好讲师大赛"], "通过举办广西电商好讲师大赛"),
    # programmes
    ("program/ecommerce-guangxi-ecommerce-asean", "Program", "“电商广西 电商东盟”工程", "\"E-commerce Guangxi, e-commerce ASEAN\" project", ["电商广西 电商东盟", "电商广西电商东盟工程"], "随着“电商广西 电商东盟”工程的深入实施"),
    ("program/rural-ecommerce-demonstration", "Program", "电子商务进农村综合示范工程", "Comprehensive demonstration project of e-commerce in rural areas", ["电子商务进农村综合示范"], "大力推进电子商务进农村综合示范工程"),
    ("program/china-asean-information-harbor", "Program", "中国-东盟信息港", "China-ASEAN Information Harbor", ["中国东盟信息港"], "随着中国-东盟信息港建设的不断推进"),
    ("program/asean-oriented-cross-border-ecommerce-base", "Program", "面向东盟的中国跨境电子商务基地", "China's ASEAN-oriented cross-border e-commerce base", ["跨境电子商务基地"], "加快打造面向东盟的中国跨境电子商务基地"),
    ("program/cross-border-ecommerce-pilot-zones", "Program", "跨境电子商务综合试验区", "Cross-border e-commerce comprehensive pilot zones", ["跨境电商综合试验区", "综试区"], "同意在北京等22个城市设立跨境电商综合试验区"),
    ("program/southbound-corridor", "Program", "南向通道", "Southbound corridor", [], "推动中国-东盟信息港和南向通道建设"),
    ("program/belt-and-road", "Program", "一带一路", "Belt and Road", ["“一带一路”", "Belt and Road Initiative"], "处在“一带一路”交汇对接和陆海统筹的重要节点"),
    # facilities
    ("facility/nanning-cross-border-goods-experience-centre", "Facility", "南宁跨境商品直购体验中心", "Nanning cross-border goods direct-purchase experience centre", [], "南宁跨境商品直购体验中心面积达8000平米"),
    ("facility/qinzhou-bonded-port-international-goods-centre", "Facility", "钦州保税港区国际商品直销中心", "Qinzhou Bonded Port Area international goods direct-sales centre", [], "钦州保税港区国际商品直销中心已经开设线下体验店30多家"),
    ("facility/border-cross-border-ecommerce-supervision-centre", "Facility", "线下跨境电商监管中心", "offline cross-border e-commerce supervision centre", ["跨境电商监管中心"], "线下跨境电商监管中心"),
    # topics
    ("topic/ecommerce", "Topic", "电子商务发展", "e-commerce development", ["电商发展", "电子商务"], "从政策方面为电商发展保驾护航"),
    ("topic/rural-ecommerce", "Topic", "农村电商发展", "rural e-commerce development", ["农村电商", "农村电子商务"], "围绕农村电商发展、跨境电子商务、电子商务与物流协同发展三大议题"),
    ("topic/cross-border-ecommerce", "Topic", "跨境电子商务", "cross-border e-commerce", ["跨境电商"], "围绕农村电商发展、跨境电子商务、电子商务与物流协同发展三大议题"),
    ("topic/ecommerce-logistics", "Topic", "电子商务与物流协同发展", "coordinated development of e-commerce and logistics", [], "围绕农村电商发展、跨境电子商务、电子商务与物流协同发展三大议题"),
    ("topic/internet-plus-circulation", "Topic", "“互联网+流通”", "\"Internet + circulation\"", ["互联网+流通"], "《自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知》"),
    ("topic/ecommerce-poverty-alleviation", "Topic", "电子商务精准扶贫", "targeted poverty alleviation through e-commerce", ["电商扶贫", "精准扶贫"], "《广西电子商务精准扶贫三年行动计划（2018-2020）》"),
    # designations
    ("designation/taobao-village", "Designation", "淘宝村", "Taobao village", [], "汉塘村也成了远近闻名的淘宝村"),
    ("designation/national-rural-ecommerce-demonstration-county", "Designation", "国家电子商务进农村综合示范县", "national comprehensive demonstration county of e-commerce in rural areas", ["电子商务进农村综合示范县"], "全区共有47个县获批国家电子商务进农村综合示范县"),
]

# Literal facts on entities: (key, property CURIE, value, datatype or language, phrase)
LITERALS = [
    ("event/china-asean-info-port-ecommerce-forum-2018", "schema:startDate", "2018-09-13", "xsd:date", "2018年9月13日，中国-东盟信息港电子商务论坛将在南宁举行"),
    ("event/china-asean-info-port-ecommerce-forum-2018", "gxo:theme", "电商产业新融合·数字商务新发展", "zh", "以“电商产业新融合·数字商务新发展”为主题"),
    ("policy/state-council-22-cities-cbec-pilot-zones-reply", "dct:issued", "2018-08", "xsd:gYearMonth", "今年8月，国务院发布"),
    ("policy/guangxi-ecommerce-poverty-alleviation-action-plan-2018-2020", "dct:temporal", "2018-2020", "", "《广西电子商务精准扶贫三年行动计划（2018-2020）》"),
]

# Relations between entities: (subject, property, object, phrase)
RELATIONS = [
    # where things come from
    ("product/hantang-fruit-seedlings", "originatesFrom", HT, "2017年汉塘村果苗年销售额达1.6亿元"),
    ("product/nanning-banana", "originatesFrom", NN, "南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额"),
    ("product/baise-mango", "originatesFrom", BS, "南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额"),
    ("product/liuzhou-luosifen", "originatesFrom", LZ, "南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额"),
    ("product/guilin-rice-noodles", "originatesFrom", GL, "桂林米粉"),
    ("product/nanning-laoyou-noodles", "originatesFrom", NN, "南宁老友粉"),
    ("product/guangxi-rice-noodles", "originatesFrom", GX, "南宁老友粉等广西米粉"),
    ("product/wuzhou-liubao-tea", "originatesFrom", WZ, "梧州六堡茶"),
    ("product/baise-lingyun-tea", "originatesFrom", LY, "百色凌云茶"),
    ("product/hengxian-jasmine-tea", "originatesFrom", HX, "横县茉莉花茶"),
    ("product/fangchenggang-golden-camellia-tea", "originatesFrom", FCG, "防城港金花茶"),
    ("product/hechi-longevity-food", "originatesFrom", HC, "河池长寿食品"),
    ("product/guigang-selenium-rich-products", "originatesFrom", GG, "贵港富硒产品"),
    ("product/wanshougu-walnut-chicken", "originatesFrom", FS, "凤山通过“万寿谷核桃鸡产业+电商+贫困户”联动"),
    ("product/rongan-kumquat", "originatesFrom", RA, "原本只卖2元/斤的金桔"),
    # rice noodles: category, industry chain, upstream/downstream
    ("product/liuzhou-luosifen", "category", "product/guangxi-rice-noodles", "南宁老友粉等广西米粉"),
    ("product/guilin-rice-noodles", "category", "product/guangxi-rice-noodles", "南宁老友粉等广西米粉"),
    ("product/nanning-laoyou-noodles", "category", "product/guangxi-rice-noodles", "南宁老友粉等广西米粉"),
    ("product/guangxi-rice-noodles", "partOf", "industry/guangxi-rice-noodle-chain", "一根米粉串起一条产业链"),
    *[(p, rel, ind, "带动了上游螺蛳养殖")
      for p in ("product/liuzhou-luosifen", "product/guilin-rice-noodles", "product/nanning-laoyou-noodles", "product/guangxi-rice-noodles")
      for rel, ind in (("upstreamIndustry", "industry/river-snail-farming"),
                       ("upstreamIndustry", "industry/bamboo-shoot-growing"),
                       ("upstreamIndustry", "industry/cowpea-growing"),
                       ("downstreamIndustry", "industry/online-ecommerce"))],
    # teas of the 桂茶 industry
    ("product/wuzhou-liubao-tea", "partOf", "industry/guangxi-tea", "形成了广西独具特色的广西桂茶产业"),
    ("product/baise-lingyun-tea", "partOf", "industry/guangxi-tea", "形成了广西独具特色的广西桂茶产业"),
    ("product/hengxian-jasmine-tea", "partOf", "industry/guangxi-tea", "形成了广西独具特色的广西桂茶产业"),
    ("product/fangchenggang-golden-camellia-tea", "partOf", "industry/guangxi-tea", "形成了广西独具特色的广西桂茶产业"),
    # Hantang village
    (HT, "hasDesignation", "designation/taobao-village", "汉塘村也成了远近闻名的淘宝村"),
    # models
    (FS, "adoptsModel", "model/fengshan-walnut-chicken-ecommerce-households", "凤山通过“万寿谷核桃鸡产业+电商+贫困户”联动"),
    ("model/fengshan-walnut-chicken-ecommerce-households", "involvesProduct", "product/wanshougu-walnut-chicken", "凤山通过“万寿谷核桃鸡产业+电商+贫困户”联动"),
    (RA, "adoptsModel", "model/ecommerce-cooperative-households", "融安打造“电商+农民合作社+贫困户”模式"),
    ("model/ecommerce-cooperative-households", "involvesProduct", "product/rongan-kumquat", "原本只卖2元/斤的金桔"),
    (PX, "adoptsModel", "model/border-trade-cross-border-ecommerce", "探索“互市贸易+跨境电商”新模式"),
    (DX, "adoptsModel", "model/border-trade-cross-border-ecommerce", "探索“互市贸易+跨境电商”新模式"),
    (PX, "builds", "org/border-trade-information-platform", "建设线上边民互市综合管理信息平台"),
    (DX, "builds", "org/border-trade-information-platform", "建设线上边民互市综合管理信息平台"),
    (PX, "builds", "facility/border-cross-border-ecommerce-supervision-centre", "线下跨境电商监管中心"),
    (DX, "builds", "facility/border-cross-border-ecommerce-supervision-centre", "线下跨境电商监管中心"),
    # platforms
    ("org/alibaba", "operatesRuralEcommerceIn", GX, "相继在广西开展农村电商业务"),
    ("org/jd", "operatesRuralEcommerceIn", GX, "相继在广西开展农村电商业务"),
    ("org/lecuntao", "operatesRuralEcommerceIn", GX, "相继在广西开展农村电商业务"),
    ("org/ganjie", "operatesRuralEcommerceIn", GX, "相继在广西开展农村电商业务"),
    ("org/alibaba-onetouch", "settledIn", GX, "跨境电商平台纷纷落户广西"),
    ("org/zhejiang-jumore", "settledIn", GX, "跨境电商平台纷纷落户广西"),
    ("org/sap", "settledIn", GX, "跨境电商平台纷纷落户广西"),
    ("org/jd", "settledIn", GX, "一大批电商领军企业入桂发展"),
    ("org/dhgate", "settledIn", GX, "一大批电商领军企业入桂发展"),
    ("org/google", "settledIn", GX, "一大批电商领军企业入桂发展"),
    ("org/vipshop", "settledIn", GX, "一大批电商领军企业入桂发展"),
    ("org/zhijian-yuntu", "settledIn", GX, "一大批电商领军企业入桂发展"),
    ("program/china-asean-information-harbor", "settledIn", GX, "伴随着中国-东盟信息港的落户"),
    ("org/china-asean-sme-trade-platform", "serves", "place/asean", "已为200多家东盟企业服务"),
    ("org/ecommerce-lecturer-group", "establishedBy", GX, "成立电子商务讲师团"),
    # programmes Guangxi carries out
    (GX, "implements", "program/ecommerce-guangxi-ecommerce-asean", "随着“电商广西 电商东盟”工程的深入实施"),
    (GX, "implements", "program/rural-ecommerce-demonstration", "大力推进电子商务进农村综合示范工程"),
    (GX, "implements", "program/china-asean-information-harbor", "随着中国-东盟信息港建设的不断推进"),
    (GX, "implements", "program/asean-oriented-cross-border-ecommerce-base", "加快打造面向东盟的中国跨境电子商务基地"),
    (GX, "implements", "program/belt-and-road", "处在“一带一路”交汇对接和陆海统筹的重要节点"),
    (NN, "implements", "program/cross-border-ecommerce-pilot-zones", "南宁名列其中"),
    ("place/beijing", "implements", "program/cross-border-ecommerce-pilot-zones", "同意在北京等22个城市设立跨境电商综合试验区"),
    # policies
    ("policy/state-council-22-cities-cbec-pilot-zones-reply", "issuedBy", "org/state-council", "国务院发布《关于同意在北京等22个城市设立跨境电子商务综合试验区的批复》"),
    ("policy/state-council-22-cities-cbec-pilot-zones-reply", "namesPlace", "place/beijing", "同意在北京等22个城市设立跨境电商综合试验区"),
    ("policy/state-council-22-cities-cbec-pilot-zones-reply", "namesPlace", NN, "南宁名列其中"),
    ("policy/state-council-22-cities-cbec-pilot-zones-reply", "establishes", "program/cross-border-ecommerce-pilot-zones", "同意在北京等22个城市设立跨境电商综合试验区"),
    ("policy/state-council-22-cities-cbec-pilot-zones-reply", "supports", "topic/cross-border-ecommerce", "国务院发布《关于同意在北京等22个城市设立跨境电子商务综合试验区的批复》"),
    ("policy/accelerating-ecommerce-opinions", "issuedBy", "org/guangxi-government", "《自治区人民政府关于加快电子商务发展的若干意见》"),
    ("policy/internet-plus-circulation-plan-notice", "issuedBy", "org/guangxi-government-general-office", "《自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知》"),
    ("policy/cross-border-ecommerce-implementation-opinions", "issuedBy", "org/guangxi-government-general-office", "《自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见》"),
    *[(p, "supports", "topic/ecommerce", "从政策方面为电商发展保驾护航") for p in (
        "policy/accelerating-ecommerce-opinions", "policy/internet-plus-circulation-plan-notice",
        "policy/cross-border-ecommerce-implementation-opinions", "policy/guangxi-ecommerce-13th-five-year-plan",
        "policy/guangxi-rural-ecommerce-three-year-plan",
        "policy/guangxi-ecommerce-poverty-alleviation-action-plan-2018-2020")],
    ("policy/internet-plus-circulation-plan-notice", "supports", "topic/internet-plus-circulation", "《自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知》"),
    ("policy/cross-border-ecommerce-implementation-opinions", "supports", "topic/cross-border-ecommerce", "《自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见》"),
    ("policy/guangxi-rural-ecommerce-three-year-plan", "supports", "topic/rural-ecommerce", "《广西电子商务进农村三年规划》"),
    ("policy/guangxi-ecommerce-poverty-alleviation-action-plan-2018-2020", "supports", "topic/ecommerce-poverty-alleviation", "《广西电子商务精准扶贫三年行动计划（2018-2020）》"),
    # the forum
    ("event/china-asean-info-port-ecommerce-forum-2018", "heldIn", NN, "2018年9月13日，中国-东盟信息港电子商务论坛将在南宁举行"),
    ("event/china-asean-info-port-ecommerce-forum-2018", "hostedBy", "org/guangxi-government", "本次论坛由广西壮族自治区人民政府主办"),
    ("event/china-asean-info-port-ecommerce-forum-2018", "organizedBy", "org/guangxi-commerce-department", "广西壮族自治区商务厅承办"),
    ("event/china-asean-info-port-ecommerce-forum-2018", "topic", "topic/rural-ecommerce", "围绕农村电商发展、跨境电子商务、电子商务与物流协同发展三大议题"),
    ("event/china-asean-info-port-ecommerce-forum-2018", "topic", "topic/cross-border-ecommerce", "围绕农村电商发展、跨境电子商务、电子商务与物流协同发展三大议题"),
    ("event/china-asean-info-port-ecommerce-forum-2018", "topic", "topic/ecommerce-logistics", "围绕农村电商发展、跨境电子商务、电子商务与物流协同发展三大议题"),
    ("event/china-asean-info-port-ecommerce-forum-2018", "promotes", "program/china-asean-information-harbor", "推动中国-东盟信息港和南向通道建设"),
    ("event/china-asean-info-port-ecommerce-forum-2018", "promotes", "program/southbound-corridor", "推动中国-东盟信息港和南向通道建设"),
    # other events held in Guangxi
    ("event/china-asean-ecommerce-summit", "heldIn", GX, "通过举办中国-东盟电子商务峰会"),
    ("event/ecommerce-into-guangxi-investment-fair", "heldIn", GX, "通过举办中国-东盟电子商务峰会"),
    *[(e, "heldIn", GX, "电商精准扶贫促销等系列电商品牌活动的举办") for e in (
        "event/sanyuesan-ecommerce-festival", "event/guangxi-specialties-online",
        "event/new-year-goods-ecommerce-festival", "event/time-honoured-brands-ecommerce-fair",
        "event/party-flag-ecommerce-poverty-alleviation-campaign", "event/ecommerce-poverty-alleviation-promotions")],
    ("event/guangxi-ecommerce-lecturer-contest", "heldIn", GX, "通过举办广西电商好讲师大赛"),
    # cross-border facilities
    ("facility/nanning-cross-border-goods-experience-centre", "locatedIn", NN, "南宁跨境商品直购体验中心面积达8000平米"),
    ("facility/nanning-cross-border-goods-experience-centre", "implementsModel", "model/cross-border-o2o-store", "南宁跨境商品直购体验中心面积达8000平米"),
    ("facility/nanning-cross-border-goods-experience-centre", "productsFrom", "place/asean", "涵盖东盟、欧美、澳洲等5万多个SKU"),
    ("facility/nanning-cross-border-goods-experience-centre", "productsFrom", "place/europe-america", "涵盖东盟、欧美、澳洲等5万多个SKU"),
    ("facility/nanning-cross-border-goods-experience-centre", "productsFrom", "place/australia", "涵盖东盟、欧美、澳洲等5万多个SKU"),
    ("facility/qinzhou-bonded-port-international-goods-centre", "locatedIn", QZBS, "钦州保税港区国际商品直销中心已经开设线下体验店30多家"),
    ("facility/qinzhou-bonded-port-international-goods-centre", "implementsModel", "model/cross-border-o2o-store", "钦州保税港区国际商品直销中心已经开设线下体验店30多家"),
    ("facility/qinzhou-bonded-port-international-goods-centre", "reachesMarket", "place/jiangxi", "业务拓展到江西、四川、湖南等省"),
    ("facility/qinzhou-bonded-port-international-goods-centre", "reachesMarket", "place/sichuan", "业务拓展到江西、四川、湖南等省"),
    ("facility/qinzhou-bonded-port-international-goods-centre", "reachesMarket", "place/hunan", "业务拓展到江西、四川、湖南等省"),
]

# Indicators: (key, zh, en)
INDICATORS = [
    ("indicator/annual-sales", "年销售额", "annual sales"),
    ("indicator/villager-annual-income", "村民年收入", "annual income of a villager"),
    ("indicator/ecommerce-transaction-volume", "电子商务交易额", "e-commerce transaction volume"),
    ("indicator/ecommerce-transaction-volume-average-annual-growth", "电子商务交易额年均增长率", "average annual growth of e-commerce transaction volume"),
    ("indicator/final-consumption-contribution-to-growth", "最终消费对经济增长贡献率", "contribution of final consumption to economic growth"),
    ("indicator/online-retail-sales", "网络零售交易额", "online retail sales"),
    ("indicator/online-retail-sales-yoy-growth", "网络零售交易额同比增长", "online retail sales, year-on-year growth"),
    ("indicator/national-rural-ecommerce-demonstration-counties", "国家电子商务进农村综合示范县数量", "national rural e-commerce demonstration counties"),
    ("indicator/rural-ecommerce-coverage", "农村电商覆盖率", "rural e-commerce coverage"),
    ("indicator/rural-service-stations", "农村电商服务站点数（累计）", "rural e-commerce service stations built (cumulative)"),
    ("indicator/logistics-delivery-outlets", "物流配送网点数（累计）", "logistics delivery outlets built (cumulative)"),
    ("indicator/rural-ecommerce-training", "农村电商业务培训（累计）", "rural e-commerce training (cumulative)"),
    ("indicator/rural-online-retail-sales", "农村网络零售额（累计）", "rural online retail sales (cumulative)"),
    ("indicator/agricultural-online-products", "培育农产品网销单品数（累计）", "agricultural products developed for online sale (cumulative)"),
    ("indicator/households-lifted", "带动贫困户增收脱贫户数", "poor households helped to higher income and out of poverty"),
    ("indicator/price-before-model", "采用模式前售价", "price before the model"),
    ("indicator/price-after-model", "采用模式后售价", "price after the model"),
    ("indicator/cross-border-ecommerce-transaction-volume", "跨境电商交易额", "cross-border e-commerce transaction volume"),
    ("indicator/cross-border-share-of-foreign-trade", "跨境电商交易额占进出口总额比重", "cross-border e-commerce as share of total imports and exports"),
    ("indicator/cross-border-ecommerce-yoy-growth", "跨境电商交易额同比增长", "cross-border e-commerce transaction volume, year-on-year growth"),
    ("indicator/pilot-zone-cities", "获批设立跨境电商综合试验区城市数", "cities approved for cross-border e-commerce pilot zones"),
    ("indicator/asean-enterprises-served", "服务东盟企业数", "ASEAN enterprises served"),
    ("indicator/floor-area", "面积", "floor area"),
    ("indicator/merchants", "入驻商家数", "merchants on site"),
    ("indicator/skus", "商品SKU数", "product SKUs"),
    ("indicator/offline-experience-stores", "线下体验店数", "offline experience stores opened"),
    ("indicator/main-entrepreneur-age", "电商创业主力人群年龄", "age of the main group of e-commerce entrepreneurs"),
    ("indicator/individual-online-shops", "个人网店数量", "individual online shops"),
    ("indicator/share-of-national-shops", "占全国店铺数比重", "share of all shops in China"),
    ("indicator/rank-among-western-provinces", "西部省份排名", "rank among western provinces"),
    ("indicator/employment-driven", "直接和间接带动就业人数", "jobs created directly and indirectly"),
    ("indicator/training-beneficiaries", "培训受益人数", "people benefiting from training"),
]

# Observations: dict(key, about, indicator, value, unit, stated, q, qualifier, year, start, end, as_of,
# date, min, max, computed_from, derivation). `stated` must occur verbatim in the sentence.
OBS = [
    dict(key="hantang-villager-income", about=HT, indicator="villager-annual-income", value="100000", unit="CNY", stated="十几万", qualifier="MoreThan", q="每年收入都有十几万"),
    dict(key="hantang-seedlings-sales-2017", about="product/hantang-fruit-seedlings", indicator="annual-sales", value="160000000", unit="CNY", stated="1.6亿元", year="2017", q="2017年汉塘村果苗年销售额达1.6亿元"),
    dict(key="guangxi-ecommerce-volume-2013", about=GX, indicator="ecommerce-transaction-volume", value="126600000000", unit="CNY", stated="1266亿元", year="2013", q="广西电子商务交易额从2013年的1266亿元"),
    dict(key="guangxi-ecommerce-volume-2017", about=GX, indicator="ecommerce-transaction-volume", value="705600000000", unit="CNY", stated="7056亿元", year="2017", q="广西电子商务交易额从2013年的1266亿元"),
    dict(key="guangxi-ecommerce-volume-growth-2013-2017", about=GX, indicator="ecommerce-transaction-volume-average-annual-growth", value="53.3", unit="Percent", stated="53.3%", start="2013", end="2017", q="年均增长53.3%",
         computed_from=["guangxi-ecommerce-volume-2013", "guangxi-ecommerce-volume-2017"], derivation="CompoundAnnualGrowth"),
    dict(key="guangxi-final-consumption-contribution", about=GX, indicator="final-consumption-contribution-to-growth", value="50", unit="Percent", stated="50%", qualifier="Approximately", q="最终消费对全区经济增长贡献率达到50%左右"),
    dict(key="guangxi-ecommerce-volume-2018-01-07", about=GX, indicator="ecommerce-transaction-volume", value="422000000000", unit="CNY", stated="4220亿元", start="2018-01", end="2018-07", q="2018年1-7月，广西电子商务交易额达4220亿元"),
    dict(key="guangxi-online-retail-2018-01-07", about=GX, indicator="online-retail-sales", value="52800000000", unit="CNY", stated="528亿元", start="2018-01", end="2018-07", q="网络零售交易额528亿元"),
    dict(key="guangxi-online-retail-yoy-2018-01-07", about=GX, indicator="online-retail-sales-yoy-growth", value="13.4", unit="Percent", stated="13.4%", start="2018-01", end="2018-07", q="网络零售交易额528亿元，同比增长13.4%"),
    dict(key="guangxi-demonstration-counties", about=GX, indicator="national-rural-ecommerce-demonstration-counties", value="47", unit="Count", stated="47个县", q="全区共有47个县获批国家电子商务进农村综合示范县"),
    dict(key="guangxi-rural-ecommerce-coverage", about=GX, indicator="rural-ecommerce-coverage", value="70", unit="Percent", stated="70 %", qualifier="MoreThan", q="农村电商覆盖率超过70 %"),
    dict(key="guangxi-rural-service-stations-2018-07", about=GX, indicator="rural-service-stations", value="3101", unit="Count", stated="3101个", as_of="2018-07", q="累计建成服务站点3101个"),
    dict(key="guangxi-logistics-outlets-2018-07", about=GX, indicator="logistics-delivery-outlets", value="2228", unit="Count", stated="2228个", as_of="2018-07", q="物流配送网点2228个"),
    dict(key="guangxi-rural-training-2018-07", about=GX, indicator="rural-ecommerce-training", value="200000", unit="PersonTime", stated="20万人次", as_of="2018-07", q="农村电商业务累计培训20万人次"),
    dict(key="guangxi-rural-online-retail-2018-07", about=GX, indicator="rural-online-retail-sales", value="5900000000", unit="CNY", stated="59亿元", as_of="2018-07", q="网络零售额累计59亿元"),
    dict(key="guangxi-agricultural-online-products-2018-07", about=GX, indicator="agricultural-online-products", value="1826", unit="Count", stated="1826个", as_of="2018-07", q="培育农产品网销单品1826个"),
    dict(key="nanning-banana-sales-2017", about="product/nanning-banana", indicator="annual-sales", value="8000000000", unit="CNY", stated="80亿", qualifier="Exceeds", year="2017", q="分别突破80亿、38亿、30亿元"),
    dict(key="baise-mango-sales-2017", about="product/baise-mango", indicator="annual-sales", value="3800000000", unit="CNY", stated="38亿", qualifier="Exceeds", year="2017", q="分别突破80亿、38亿、30亿元"),
    dict(key="liuzhou-luosifen-sales-2017", about="product/liuzhou-luosifen", indicator="annual-sales", value="3000000000", unit="CNY", stated="30亿元", qualifier="Exceeds", year="2017", q="分别突破80亿、38亿、30亿元"),
    dict(key="fengshan-households-lifted", about="model/fengshan-walnut-chicken-ecommerce-households", indicator="households-lifted", value="10000", unit="Household", stated="一万余户", qualifier="MoreThan", q="带动一万余户贫困户增收脱贫"),
    dict(key="rongan-kumquat-price-before", about="product/rongan-kumquat", indicator="price-before-model", value="2", unit="CNYPerJin", stated="2元/斤", q="原本只卖2元/斤的金桔卖出了40元/斤的高价"),
    dict(key="rongan-kumquat-price-after", about="product/rongan-kumquat", indicator="price-after-model", value="40", unit="CNYPerJin", stated="40元/斤", q="原本只卖2元/斤的金桔卖出了40元/斤的高价"),
    dict(key="guangxi-cross-border-volume-2017", about=GX, indicator="cross-border-ecommerce-transaction-volume", value="42500000000", unit="CNY", stated="425亿元", year="2017", q="2017年广西跨境电商交易额达到425亿元"),
    dict(key="guangxi-cross-border-share-2017", about=GX, indicator="cross-border-share-of-foreign-trade", value="11", unit="Percent", stated="11%", qualifier="Approximately", year="2017", q="约占广西进出口总额的11%",
         computed_from=["guangxi-cross-border-volume-2017"], derivation="ShareOfTotal"),
    dict(key="guangxi-cross-border-yoy-2017", about=GX, indicator="cross-border-ecommerce-yoy-growth", value="28.8", unit="Percent", stated="28.8%", year="2017", q="同比增长28.8%"),
    dict(key="pilot-zone-cities-2018", about="policy/state-council-22-cities-cbec-pilot-zones-reply", indicator="pilot-zone-cities", value="22", unit="Count", stated="22个城市", q="同意在北京等22个城市设立跨境电商综合试验区"),
    dict(key="sme-platform-asean-enterprises", about="org/china-asean-sme-trade-platform", indicator="asean-enterprises-served", value="200", unit="Count", stated="200多家", qualifier="MoreThan", q="已为200多家东盟企业服务"),
    dict(key="nanning-centre-area", about="facility/nanning-cross-border-goods-experience-centre", indicator="floor-area", value="8000", unit="SquareMetre", stated="8000平米", q="南宁跨境商品直购体验中心面积达8000平米"),
    dict(key="nanning-centre-merchants", about="facility/nanning-cross-border-goods-experience-centre", indicator="merchants", value="400", unit="Count", stated="400家", qualifier="MoreThan", q="入驻商家超400家"),
    dict(key="nanning-centre-skus", about="facility/nanning-cross-border-goods-experience-centre", indicator="skus", value="50000", unit="Count", stated="5万多个", qualifier="MoreThan", q="涵盖东盟、欧美、澳洲等5万多个SKU"),
    dict(key="qinzhou-centre-stores", about="facility/qinzhou-bonded-port-international-goods-centre", indicator="offline-experience-stores", value="30", unit="Count", stated="30多家", qualifier="MoreThan", q="钦州保税港区国际商品直销中心已经开设线下体验店30多家"),
    dict(key="guangxi-entrepreneur-age", about=GX, indicator="main-entrepreneur-age", min="16", max="40", unit="YearOfAge", stated="16～40岁", q="16～40岁青年是电商创业的主力人群"),
    dict(key="guangxi-individual-shops-2017", about=GX, indicator="individual-online-shops", value="54935", unit="Count", stated="54935家", year="2017", q="2017年广西个人网店数量达54935家"),
    dict(key="guangxi-share-of-national-shops-2017", about=GX, indicator="share-of-national-shops", value="0.8", unit="Percent", stated="0.8%", year="2017", q="占全国店铺数的0.8%",
         computed_from=["guangxi-individual-shops-2017"], derivation="ShareOfTotal"),
    dict(key="guangxi-western-rank-2017", about=GX, indicator="rank-among-western-provinces", value="3", unit="Rank", stated="第三", year="2017", q="西部省份排名第三"),
    dict(key="guangxi-employment-driven", about=GX, indicator="employment-driven", value="120000", unit="Person", stated="12万人", qualifier="Approximately", q="电子商务直接和间接带动就业约12万人"),
    dict(key="guangxi-training-beneficiaries", about=GX, indicator="training-beneficiaries", value="100000", unit="Person", stated="10万人", qualifier="MoreThan", q="受益人数超过10万人"),
]
