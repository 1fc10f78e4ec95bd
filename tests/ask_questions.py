"""The project's own question set for `gxkg ask`: many phrasings of each kind, both languages, with the
answers the graph holds (read from graph/*.ttl and the article, not from ask's output).

Expectations: L(labels) the exact set of answer labels; V(values) the exact set of answer values (figures);
F(label) the first answer (the one chosen by a comparison); P(prefix) the first answer starts with it;
R() a refusal (exit 2).
"""

L = lambda *xs: ("labels", set(xs))  # noqa: E731
V = lambda *xs: ("values", set(xs))  # noqa: E731
F = lambda x: ("first", x)  # noqa: E731
P = lambda x: ("prefix", x)  # noqa: E731
R = lambda: ("refused", None)  # noqa: E731

SINA = "http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml"

FIGURES = [
    ("柳州螺蛳粉2017年销售额是多少？", V("3000000000")),
    ("What were the annual sales of Liuzhou snail rice noodles in 2017?", V("3000000000")),
    ("2017年柳州螺蛳粉卖了多少钱？", V("3000000000")),
    ("How much did Liuzhou luosifen sell in 2017?", V("3000000000")),
    ("百色芒果2017年销售额是多少？", V("3800000000")),
    ("How much were the 2017 annual sales of Baise mango?", V("3800000000")),
    ("Baise mango sales 2017?", V("3800000000")),
    ("南宁香蕉2017年销售额是多少？", V("8000000000")),
    ("What were Nanning banana's sales in 2017?", V("8000000000")),
    ("南宁香蕉一年卖多少？", V("8000000000")),
    ("广西2017年电子商务交易额是多少？", V("705600000000")),
    ("What is the e-commerce transaction volume of Guangxi in 2017?", V("705600000000")),
    ("广西2013年电子商务交易额是多少？", V("126600000000")),
    ("广西2013年和2017年的电子商务交易额分别是多少？", V("126600000000", "705600000000")),
    ("What was Guangxi's e-commerce transaction volume in 2013 and 2017?", V("126600000000", "705600000000")),
    ("广西电商交易额有多少？", V("126600000000", "705600000000", "422000000000")),
    ("2018年1-7月广西电子商务交易额是多少？", V("422000000000")),
    ("2018年广西网络零售交易额是多少？", V("52800000000")),
    ("What were Guangxi's online retail sales in 2018?", V("52800000000")),
    ("2017年广西跨境电商交易额是多少？", V("42500000000")),
    ("What was Guangxi's cross-border e-commerce transaction volume in 2017?", V("42500000000")),
    ("廣西2017年跨境電商交易額是多少？", V("42500000000")),
    ("广西个人网店数量是多少？", V("54935")),
    ("How many individual online shops did Guangxi have in 2017?", V("54935")),
    ("广西有多少家网店？", V("54935")),
    ("融安金桔采用模式前售价是多少？", V("2")),
    ("融安金桔以前卖多少钱一斤？", V("2")),
    ("What was the price of Rong'an kumquat before the model?", V("2")),
    ("融安金桔采用模式后售价是多少？", V("40")),
    ("What is the price of Rong'an kumquat after the model?", V("40")),
    ("融安金桔的价格是多少？", V("2", "40")),
    ("汉塘村村民年收入是多少？", V("100000–200000")),
    ("How much do villagers in Hantang Village earn a year?", V("100000–200000")),
    ("汉塘村果苗2017年销售额是多少？", V("160000000")),
    ("What were the 2017 sales of Hantang fruit seedlings?", V("160000000")),
    ("截至2018年7月广西累计建成了多少服务站点？", V("3101")),
    ("How many rural e-commerce service stations had Guangxi built by July 2018?", V("3101")),
    ("广西物流配送网点有多少个？", V("2228")),
    ("How many logistics delivery outlets has Guangxi built?", V("2228")),
    ("广西农村电商覆盖率是多少？", V("70")),
    ("What is the rural e-commerce coverage in Guangxi?", V("70")),
    ("电子商务带动就业多少人？", V("120000")),
    ("How many jobs has e-commerce created in Guangxi?", V("120000")),
    ("南宁跨境商品直购体验中心面积多大？", V("8000")),
    ("How big is the Nanning cross-border goods direct-purchase experience centre?", V("8000")),
    ("南宁跨境商品直购体验中心有多少入驻商家？", V("400")),
    ("钦州保税港区国际商品直销中心开了多少家线下体验店？", V("30")),
    ("中国-东盟中小企业贸易促进平台服务了多少家东盟企业？", V("200")),
    ("How many ASEAN enterprises has the China-ASEAN SME Trade Promotion Platform served?", V("200")),
    ("凤山的模式带动多少贫困户脱贫？", V("10000")),
    ("广西在西部省份排名第几？", V("3")),
    ("What was Guangxi's rank among western provinces in 2017?", V("3")),
    ("广西电商创业主力人群的年龄是多少？", V("16–40")),
    ("广西培育了多少个农产品网销单品？", V("1826")),
    ("广西农村网络零售额累计多少？", V("5900000000")),
    ("Guangxi rural online retail sales (cumulative)?", V("5900000000")),
    ("What is the rank of Guangxi among western provinces?", V("3")),
    ("How many merchants are in the Nanning cross-border goods direct-purchase experience centre?", V("400")),
    ("How many SKUs does the Nanning cross-border goods direct-purchase experience centre have?", V("50000")),
    ("How many offline experience stores has the Qinzhou Bonded Port Area international goods direct-sales centre opened?",
     V("30")),
    ("How many people benefited from training in Guangxi?", V("100000")),
    ("How many households did the Fengshan model lift out of poverty?", V("10000")),
    ("What is the age of the main group of e-commerce entrepreneurs in Guangxi?", V("16–40")),
    ("How many agricultural products has Guangxi developed for online sale?", V("1826")),
    ("柳州螺蛳粉2018年销售额是多少？", R()),
    ("广西2015年电子商务交易额是多少？", R()),
]

COUNTS = [
    ("广西有多少个县？", L("111")),
    ("How many counties does Guangxi have?", L("111")),
    ("柳州市有多少个县？", L("10")),
    ("How many counties does Liuzhou have?", L("10")),
    ("百色市有多少个县？", L("12")),
    ("广西有多少个地级市？", L("14")),
    ("How many prefectures does Guangxi have?", L("14")),
    ("河池市有多少个县采用了电商扶贫模式？", L("1")),
    ("河池有多少个县采用了模式？", L("1")),
    ("How many counties in Hechi adopted a model?", L("1")),
    ("how many counties in 河池 adopted a model", L("1")),
    ("有多少个县采用了电商扶贫模式？", L("2")),
    ("How many counties adopted a poverty-alleviation model?", L("2")),
    ("柳州有多少个县采用了模式？", L("1")),
    ("广西有多少个县获批国家电子商务进农村综合示范县？", V("47")),
    ("how many counties are national e-commerce demonstration counties", V("47")),
    ("How many national rural e-commerce demonstration counties does Guangxi have?", V("47")),
    ("全区共有多少个示范县？", V("47")),
    # an official list's total no source states: refused, with the one village the graph records said
    ("广西有多少个淘宝村？", R()),
    ("How many Taobao villages does Guangxi have?", R()),
    ("How many people work in e-commerce in Guangxi?", V("120000")),
    # kinds left out (区不算, not districts) and who is asking (a preamble asks nothing)
    ("柳州有幾個縣？區不算", L("5")),
    ("百色市下面有多少个县？（不算区和县级市）", L("8")),
    ("How many counties does Nanning have, not counting districts?", L("5")),
    ("I'm putting together a short briefing - how many county-level cities (not counties, not districts) does Guangxi have?",
     L("10")),
    ("我在写一份河池的调研报告，想确认一下：河池市一共下辖多少个县级行政区（区和县都算）？", L("11")),
    ("Excluding the e-commerce platforms, how many organisations does the graph hold?", L("9")),
    ("写毕业论文要用个基数：广西有多少个县级市？", L("10")),
    ("How many counties does Hechi have? We are looking at sourcing farm goods there.", L("11")),
    ("多少个城市获批设立跨境电商综合试验区？", V("22")),
]

LISTS = [
    # a second sentence asking whether one thing is among the first's answers: both answered
    ("百色有几个县级市？靖西算吗？", L("2", "是: 靖西市在其中")),
    ("How many county-level cities does Guangxi have? Is Lipu one of them?", L("10", "yes: Lipu (county-level city) is one of them")),
    ("Which counties adopted a poverty-alleviation model? Is Rongshui included?",
     L("Rong'an County: \"E-commerce + farmers' cooperative + poor households\" model",
       "Fengshan County: \"Wanshougu walnut-chicken industry + e-commerce + poor households\" linkage",
       "no: Rongshui Miao Autonomous County is not one of them")),
    # kinds of county: a broad word said to be a narrow one asks for the narrow one; two peoples share one head word
    ("哪些县是瑶族自治县？", L("恭城瑶族自治县", "富川瑶族自治县", "都安瑶族自治县", "大化瑶族自治县", "巴马瑶族自治县", "金秀瑶族自治县")),
    ("哪些县是苗族或侗族自治县？", L("融水苗族自治县", "三江侗族自治县")),
    ("List the Miao autonomous counties in Guangxi.", L("Rongshui Miao Autonomous County")),
    ("which counties r miao or dong autonomus counties?", L("Rongshui Miao Autonomous County", "Sanjiang Dong Autonomous County")),
    ("How many Yao and Zhuang autonomous counties are there?", P("yao autonomous counties: 6")),
    ("哪些县采用了电商扶贫模式？", L("融安县: “电商+农民合作社+贫困户”模式", "凤山县: “万寿谷核桃鸡产业+电商+贫困户”联动")),
    ("Which counties adopted a poverty-alleviation model?",
     L("Rong'an County: \"E-commerce + farmers' cooperative + poor households\" model",
       "Fengshan County: \"Wanshougu walnut-chicken industry + e-commerce + poor households\" linkage")),
    ("河池有哪些县采用了模式？", L("凤山县")),
    ("哪些产品产自柳州？", L("柳州螺蛳粉", "融安金桔")),
    ("柳州有哪些特产？", L("柳州螺蛳粉", "融安金桔")),
    ("Which products come from Liuzhou?", L("Liuzhou river-snail rice noodles", "Rong'an kumquat")),
    ("哪些产品产自南宁？", L("横县茉莉花茶", "南宁香蕉", "南宁老友粉")),
    ("Which products come from Nanning?", L("Nanning banana", "Nanning laoyou noodles", "Hengxian jasmine tea")),
    ("What products come from Baise?", L("Baise mango", "Baise Lingyun tea")),
    ("百色有哪些产品？", L("百色芒果", "百色凌云茶")),
    ("河池有哪些产品？", L("河池长寿食品", "万寿谷核桃鸡")),
    ("Which products come from Hechi?", L("Hechi longevity food", "Wanshougu walnut chicken")),
    ("哪些平台在广西开展农村电商业务？", L("阿里巴巴", "京东", "乐村淘", "赶街")),
    ("Which platforms operate rural e-commerce in Guangxi?", L("Alibaba", "JD.com", "Lecuntao", "Ganjie")),
    ("哪些企业落户广西？", L("阿里巴巴一达通", "浙江聚贸", "德国思爱普（SAP）")),
    ("Which platforms settled in Guangxi?", L("Alibaba OneTouch", "Zhejiang Jumore", "SAP")),
    ("Which enterprises came to develop in Guangxi?", L("JD.com", "DHgate", "Google", "Vipshop", "Zhijian Yuntu")),
    ("哪些企业入桂发展？", L("京东", "敦煌", "谷歌", "唯品会", "至简云图")),
    ("Which Guangxi teas are famous?", L("Baise Lingyun tea", "Fangchenggang golden camellia tea", "Hengxian jasmine tea",
                                          "Wuzhou Liubao tea")),
    ("广西有哪些茶？", L("百色凌云茶", "防城港金花茶", "横县茉莉花茶", "梧州六堡茶")),
    ("Tell me the price of kumquats from Rong'an before and after.", V("2", "40")),
    ("桂茶包括哪些茶？", L("百色凌云茶", "防城港金花茶", "横县茉莉花茶", "梧州六堡茶")),
    ("Which teas belong to the Guangxi tea industry?", L("Baise Lingyun tea", "Fangchenggang golden camellia tea",
                                                         "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    ("哪些城市设立了跨境电商综合试验区？", L("南宁市", "北京市")),
    ("Which cities have cross-border e-commerce comprehensive pilot zones?", L("Nanning", "Beijing")),
    ("自治区人民政府办公厅发布了哪些政策？", L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
                                  "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("What policies did the General Office of the Guangxi regional government issue?",
     L("Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
       "Notice of the regional government's general office issuing the implementation plan of the \"Internet + circulation\" action plan")),
    ("广西有哪些电商扶贫模式？", L("“万寿谷核桃鸡产业+电商+贫困户”联动", "“电商+农民合作社+贫困户”模式")),
    ("What policies support cross-border e-commerce?",
     L("Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
       "Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing")),
    ("哪些政策支持跨境电商？", L("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复",
                            "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见")),
    ("广西米粉包括哪些？", L("柳州螺蛳粉", "桂林米粉", "南宁老友粉")),
    ("Which rice noodles are Guangxi rice noodles?", L("Liuzhou river-snail rice noodles", "Guilin rice noodles",
                                                       "Nanning laoyou noodles")),
    ("中国-东盟信息港电子商务论坛有哪些议题？", L("农村电商发展", "跨境电子商务", "电子商务与物流协同发展")),
]

RELATIONS = [
    ("桂林米粉的上游产业有哪些？", L("竹笋种植", "豆角种植", "螺蛳养殖")),
    ("What are the upstream industries of Guilin rice noodles?", L("bamboo-shoot growing", "cowpea (long bean) growing",
                                                                   "river-snail farming")),
    ("南宁老友粉的上游产业有哪些？", L("竹笋种植", "豆角种植", "螺蛳养殖")),
    ("广西米粉带动了哪些上游产业？", L("竹笋种植", "豆角种植", "螺蛳养殖")),
    ("What are the downstream industries of Liuzhou snail rice noodles?", L("online e-commerce")),
    ("广西米粉的下游产业是什么？", L("网络电商")),
    ("柳州螺蛳粉产自哪里？", L("柳州市")),
    ("Where does Baise mango come from?", L("Baise")),
    ("百色芒果产自哪里？", L("百色市")),
    ("Where does Liubao tea come from?", L("Wuzhou")),
    ("横县茉莉花茶的产地是哪里？", L("横州市")),
    ("Where is Wanshougu walnut chicken from?", L("Fengshan County")),
    ("Where is Rong'an kumquat from?", L("Rong'an County")),
    ("凤山县采用了什么模式？", L("“万寿谷核桃鸡产业+电商+贫困户”联动")),
    ("融安县采用了什么模式？", L("“电商+农民合作社+贫困户”模式")),
    ("What model did Rong'an County adopt?", L('"E-commerce + farmers\' cooperative + poor households" model')),
    ("凭祥采用了什么模式？", L("“互市贸易+跨境电商”新模式")),
    ("中国-东盟信息港电子商务论坛的主题是什么？", L("电商产业新融合·数字商务新发展")),
    ("What is the theme of the China-ASEAN Information Harbor E-commerce Forum?",
     P("New integration of the e-commerce industry")),
    ("南宁跨境商品直购体验中心的商品来自哪里？", L("东盟", "欧美", "澳洲")),
    ("Where do the goods of the Nanning cross-border goods direct-purchase experience centre come from?",
     L("ASEAN", "Europe and America", "Australia")),
    ("钦州保税港区国际商品直销中心的业务拓展到哪里？", L("江西省", "四川省", "湖南省")),
    ("Which markets does the Qinzhou Bonded Port Area international goods direct-sales centre reach?",
     L("Jiangxi", "Sichuan", "Hunan")),
    ("“电商+农民合作社+贫困户”模式涉及什么产品？", L("融安金桔")),
    ("凭祥建设了什么？", L("线下跨境电商监管中心", "线上边民互市综合管理信息平台")),
    ("What did Dongxing build?", L("offline cross-border e-commerce supervision centre", "online border-residents' trade management information platform")),
    ("《关于同意在北京等22个城市设立跨境电子商务综合试验区的批复》是谁发布的？", L("国务院")),
    ("Who issued the reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing?",
     L("State Council")),
    ("《自治区人民政府关于加快电子商务发展的若干意见》是谁发布的？", L("广西壮族自治区人民政府")),
    ("中国-东盟中小企业贸易促进平台服务哪里的企业？", L("东盟")),
    ("融安金桔产自哪个市？", L("柳州市")),
    ("Which city does Rong'an kumquat come from?", L("Liuzhou")),
    ("Which products does the Fengshan model involve?", L("Wanshougu walnut chicken")),
    ("凤山县采用的模式涉及什么产品？", L("万寿谷核桃鸡")),
    ("东兴和凭祥采用了什么模式？", L("东兴市: “互市贸易+跨境电商”新模式", "凭祥市: “互市贸易+跨境电商”新模式")),
]

WHERE_WHEN_WHO = [
    ("汉塘村在哪个县？", L("灵山县")),
    ("Which county is Hantang Village in?", L("Lingshan County")),
    ("汉塘村在哪个市？", L("钦州市")),
    ("融安县在哪个市？", L("柳州市")),
    ("Which city is Rong'an County in?", L("Liuzhou")),
    ("融安县属于哪个市？", L("柳州市")),
    ("凭祥在哪个市？", L("崇左市")),
    ("东兴在哪个市？", L("防城港市")),
    ("Which city is Dongxing in?", L("Fangchenggang")),
    ("灵山县在哪个市？", L("钦州市")),
    ("凤山县在哪个市？", L("河池市")),
    ("Which prefecture is Fengshan County in?", L("Hechi")),
    ("凌云县属于哪个地级市？", L("百色市")),
    ("中国-东盟信息港电子商务论坛在哪里举办？", L("南宁市")),
    ("Where will the China-ASEAN Information Harbor E-commerce Forum be held?", L("Nanning")),
    ("钦州保税港区国际商品直销中心在哪里？", L("广西钦州保税港区")),
    ("南宁跨境商品直购体验中心位于哪里？", L("南宁市")),
    ("中国-东盟信息港电子商务论坛什么时候举办？", L("2018-09-13")),
    ("When is the China-ASEAN Information Harbor E-commerce Forum?", L("2018-09-13")),
    ("中国-东盟信息港电子商务论坛哪天举行？", L("2018-09-13")),
    ("中国-东盟信息港电子商务论坛由谁主办？", L("广西壮族自治区人民政府")),
    ("Where and when will the China-ASEAN Information Harbor E-commerce Forum be held?", L("Nanning", "2018-09-13")),
    ("中国-东盟信息港电子商务论坛在哪里、什么时候举办？", L("南宁市", "2018-09-13")),
    ("Who hosted the China-ASEAN Information Harbor E-commerce Forum?", L("People's Government of Guangxi Zhuang Autonomous Region")),
    ("中国-东盟信息港电子商务论坛由谁承办？", L("广西壮族自治区商务厅")),
    ("Who organised the China-ASEAN Information Harbor E-commerce Forum?", L("Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("中国-东盟信息港电子商务论坛由谁主办、由谁承办？", L("主办单位: 广西壮族自治区人民政府", "承办单位: 广西壮族自治区商务厅")),
    ("Who hosted and who organised the China-ASEAN Information Harbor E-commerce Forum?",
     L("hosted by: People's Government of Guangxi Zhuang Autonomous Region",
       "organised by: Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("广西电子商务发展“十三五”规划由谁发布？", R()),  # the article does not say who issued it
]

COMPARE = [
    ("2017年南宁香蕉和百色芒果哪个销售额更高？", F("南宁香蕉")),
    ("Which had larger sales in 2017, Baise mango or Liuzhou river-snail rice noodles?", F("Baise mango")),
    ("百色芒果和柳州螺蛳粉哪个卖得更多？", F("百色芒果")),
    ("Compare the sales of Nanning banana and Liuzhou luosifen", F("Nanning banana")),
    ("2017年哪个产品的销售额最高？", F("南宁香蕉")),
    ("Which product had the highest annual sales in 2017?", F("Nanning banana")),
    ("What are the top 2 products by annual sales?", L("Nanning banana", "Baise mango", "Nanning banana annual sales: exceeding (broke through) 8000000000 yuan (CNY) (80亿)", "Baise mango annual sales: exceeding (broke through) 3800000000 yuan (CNY) (38亿)", "Liuzhou river-snail rice noodles annual sales: exceeding (broke through) 3000000000 yuan (CNY) (30亿元)", "Hantang fruit seedlings annual sales: 160000000 yuan (CNY) (1.6亿元)")),
    ("销售额最低的是哪个产品？", F("汉塘村果苗")),
    ("哪个产品卖得最多？", F("南宁香蕉")),
    ("Which product had the lowest sales in 2017?", F("Hantang fruit seedlings")),
    ("融安金桔和南宁香蕉哪个销售额更高？", R()),
]

GROWTH_SHARE = [
    ("广西电子商务交易额2013年到2017年增长了多少？", P("广西壮族自治区 电子商务交易额年均增长率: 53.3 %")),
    ("How much did Guangxi's e-commerce transaction volume grow from 2013 to 2017?",
     P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3")),
    ("广西电商交易额年均增长多少？", V("53.3")),
    ("融安金桔的价格涨了多少？", P("融安金桔 采用模式前售价")),
    ("By how much did the price of Rong'an kumquat rise?", P("Rong'an kumquat price before the model")),
    ("2017年广西跨境电商交易额同比增长多少？", V("28.8")),
    ("What was the year-on-year growth of Guangxi's cross-border e-commerce in 2017?", V("28.8")),
    ("2018年1-7月广西网络零售额同比增长多少？", V("13.4")),
    ("2017年广西跨境电商交易额占进出口总额的比重是多少？", V("11")),
    ("What share of Guangxi's imports and exports was cross-border e-commerce in 2017?", V("11")),
    ("2017年跨境电商交易额占广西电子商务交易额的比重是多少？", P("广西壮族自治区 跨境电商交易额")),
    ("广西网店占全国店铺数的比重是多少？", V("0.8")),
    ("2017年广西电子商务交易额是2013年的多少倍？", P("广西壮族自治区 电子商务交易额年均增长率: 53.3 %")),
    ("2017年广西电商交易额比2013年多了多少？", P("广西壮族自治区 电子商务交易额年均增长率: 53.3 %")),
    ("What was the average annual growth rate of Guangxi's e-commerce between 2013 and 2017?",
     P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3")),
    ("How fast did Guangxi's e-commerce grow?", V("53.3")),
    ("What percentage of Guangxi's rural areas are covered by e-commerce?", V("70")),
    ("What share of all shops in China are Guangxi's online shops?", V("0.8")),
]

YESNO = [
    ("凤山县在河池市吗？", P("是")),
    ("Is Fengshan County in Hechi?", P("yes")),
    ("百色芒果产自柳州吗？", P("否")),
    ("Does Baise mango come from Liuzhou?", P("no")),
    ("百色芒果产自百色吗？", P("是")),
    ("Does Baise mango come from Baise?", P("yes")),
    ("融安县是不是在柳州？", P("是")),
    ("南宁是跨境电子商务综合试验区城市吗？", P("是")),
    ("Is Nanning a cross-border e-commerce comprehensive pilot zone?", P("yes")),
    ("京东在广西开展农村电商业务吗？", P("是")),
    ("Did JD.com come to develop in Guangxi?", P("yes")),
    ("汉塘村在灵山县吗？", P("是")),
    ("Is Hantang Village in Lingshan County?", P("yes")),
    # a figure against a number: yes or no with the figure, or refused when its bound cannot tell
    ("2018年1到7月，广西网络零售额过500亿了没？", L("是: 广西壮族自治区 网络零售交易额: 52800000000 元 (528亿元)")),
    ("Was Guangxi's 2013 e-commerce volume above 150 billion yuan?",
     L("no: Guangxi Zhuang Autonomous Region e-commerce transaction volume: 126600000000 yuan (CNY) (1266亿元)")),
    ("Did Nanning bananas top 5 billion yuan in sales in 2017?",
     L("yes: Nanning banana annual sales: exceeding (broke through) 8000000000 yuan (CNY) (80亿)")),
    ("Did Nanning bananas top 9 billion yuan in sales in 2017?", P("not confirmed:")),  # 突破80亿: neither confirmed nor ruled out
    ("广西农村电商覆盖率低于50%吗？", L("否: 广西壮族自治区 农村电商覆盖率: 超过 70 % (70 %)")),
    # tag questions (right?, 吧) are yes/no; county level city written without its hyphen
    ("Dongxing is part of Chongzuo, right?", L("no: Dongxing (county-level city) —located in→ Fangchenggang")),
    ("桂平是玉林下面的吧？", L("否: 桂平市 —位于→ 贵港市")),
    ("is Lipu a county level city?", L("yes: Lipu (county-level city) (County-level division)")),
]

SOURCES = [
    ("柳州螺蛳粉的销售额出自哪篇文章？", F("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，" + SINA)),
    ("Which article reports Guangxi's 2017 cross-border e-commerce volume?",
     F("\"Guangxi e-commerce's new leap, a new engine of economic growth\", Sina Guangxi, 2018-08-20, " + SINA)),
    ("Who published the information about Baise mango?",
     F("\"Guangxi e-commerce's new leap, a new engine of economic growth\", Sina Guangxi, 2018-08-20, " + SINA)),
    ("中国-东盟信息港电子商务论坛的消息来源是什么？", F("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，" + SINA)),
    ("Who published the article?",
     F("\"Guangxi e-commerce's new leap, a new engine of economic growth\", Sina Guangxi, 2018-08-20, " + SINA)),
    ("这些数据出自哪篇文章？", F("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，" + SINA)),
    ("融安金桔40元一斤的说法出自哪里？", F("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，" + SINA)),
    ("What is the source for the number of demonstration counties?",
     F("\"Guangxi e-commerce's new leap, a new engine of economic growth\", Sina Guangxi, 2018-08-20, " + SINA)),
]

ABOUT = [
    ("柳州螺蛳粉的数据有哪些？", P("")),
    ("介绍一下融安金桔", P("")),
    ("What is known about Baise mango?", P("")),
    ("Tell me about the Qinzhou Bonded Port Area international goods direct-sales centre", P("")),
    ("凤山县", P("")),
]

TYPOS = [
    ("流州螺丝粉2017年卖了多少钱？", V("3000000000")),
    ("柳州螺丝粉2017年销售额是多少？", V("3000000000")),
    ("What was Guanxi's e-commerce volume in 2017?", V("705600000000")),
    ("What were the sales of Baise mangoes in 2017?", V("3800000000")),
    ("baise mangguo 2017 sales?", V("3800000000")),
    ("凭详在哪个市？", L("崇左市")),
    ("融安金橘以前卖多少钱一斤？", V("2")),
    ("百色芒菓2017年銷售額是多少？", V("3800000000")),
    ("汉唐村在哪个县？", L("灵山县")),
    ("Which county is Hantang village in", L("Lingshan County")),
    ("What's the price of Rongan kumquat after the model?", V("40")),
    # a word of a name one letter off (swapped, doubled, misplaced), the name's class word after it
    ("What were Nanning bananna sales in 2017?", V("8000000000")),
    ("Liuzhou snail noodels, sales in 2017?", V("3000000000")),
    ("Does Alibaba run rural e-commerce in Gaungxi?", L("yes: Alibaba —operates rural e-commerce in→ Guangxi Zhuang Autonomous Region")),
    ("Where's Rongshui county?", L("Rongshui Miao Autonomous County is in Liuzhou, Guangxi Zhuang Autonomous Region (latitude 25.065934, longitude 109.256334)", "Liuzhou", "Guangxi Zhuang Autonomous Region")),
    ("Which is further south, Beihai or Qinzhou? (city coordinates)", L("Beihai")),
    ("What products from Qinzhou are in the graph?", L("Hantang fruit seedlings")),
    # a name in parts around words nothing explains, joined; several words of a long English name
    ("钦州保税港区那个国际商品直销中心开了几家线下体验店？", V("30")),
    ("钦洲保税港区国际商品直销中心在什么地方？", L("广西钦州保税港区")),
    ("How many offline experience stores has the Qinzhou bonded port goods centre opened?", V("30")),
    ("六保茶产自哪个市？", L("梧州市")),
    # coordinates asked with or without where; Guangxi named as context
    ("Give me the lat/long of Lingyun County.", L("Lingyun County is in Baise, Guangxi Zhuang Autonomous Region (latitude 24.347557, longitude 106.56131)", "Baise", "Guangxi Zhuang Autonomous Region")),
    ("Heshan in Guangxi - which prefecture-level city is it under?", L("Laibin")),
    ("Du'an Yao Autonomous County falls under which city?", L("Hechi")),
    ("Where do the Guigang selinium-rich products come from?", L("Guigang")),
    ("Where is Heshan City in Guangxi?", L("Heshan (county-level city) is in Laibin, Guangxi Zhuang Autonomous Region (latitude 23.806535, longitude 108.886082)", "Laibin", "Guangxi Zhuang Autonomous Region")),
    ("What programmes is Guangxi implementing, according to the knowledge graph?",
     L('"E-commerce Guangxi, e-commerce ASEAN" project', "China's ASEAN-oriented cross-border e-commerce base",
       "China-ASEAN Information Harbor", "Comprehensive demonstration project of e-commerce in rural areas",
       "Cross-border e-commerce comprehensive pilot zones")),
    ("主办中国-东盟信息港电子商务论坛的那个单位，自己发过什么政策文件？", L("自治区人民政府关于加快电子商务发展的若干意见")),
]

REFUSED = [
    ("Which 3 products come from Liuzhou?", R()),  # the graph records 2: said, not listed as if all
    ("批复里那22个城市都是哪些？", R()),
    ("国务院那份批复里的22个试验区城市分别是哪些？", R()),  # a name between the number and the kind
    ("批复里的城市都是哪些？", R()),
    ("汉塘村有多少户人家卖果苗？", R()),  # households asked: the seedlings' sales in yuan are no answer  # no reply named, no relation said: never every city, nor the replies
    ("How many counties does JD's rural e-commerce business cover in Guangxi?", R()),  # how many, never relations
    ("2017年广西个人网店数量在全国排第几？", R()),  # a national rank: only the western one is stated
    ("东兴市有没有建跨境电商产业园？", R()),  # what it built, not what it is
    ("阿里巴巴的农村淘宝在广西覆盖了多少个村？", R()),  # Guangxi's coverage is no answer for Alibaba's villages
    ("Is Guangxi's e-commerce volume the highest among western provinces?", R()),  # one figure: nothing to rank
    ("What was the year-on-year growth of Guangxi's e-commerce volume in 2017?", R()),  # only the 2013-2017 average
    ("In US dollars, how much was Guangxi's cross-border e-commerce volume in 2017?", R()),  # no exchange rate
    # a year said for the whole question holds for each figure compared; the year asked first is the question's;
    # one side of a comparison without the figure; a province's figure is no answer for a prefecture in it
    ("In 2017, was Guangxi's cross-border e-commerce volume larger than its online retail sales?", R()),
    ("2016年广西电子商务交易额是多少？我手上有2013和2017年的数。", R()),
    ("南宁跨境商品直购体验中心和钦州保税港区国际商品直销中心，哪边入驻的商家多？", R()),
    ("How many of Guangxi's national rural e-commerce demonstration counties are in Baise?", R()),
    ("Which products sold more than 3.5 billion yuan in 2017?", R()),  # the bound is not dropped
    ("On what date did the China-ASEAN Information Harbor E-commerce Forum end?", R()),  # only its start is stated
    ("中国-东盟信息港电子商务论坛哪天结束？", R()),
    ("越南的电商交易额是多少？", R()),
    ("越南和广西之间的贸易额是多少？", R()),
    ("What is the weather in Vietnam?", R()),
    ("你好", R()),
    ("asdf qwer", R()),
    ("谁发明了电子商务？", R()),
    ("What is the capital of France?", R()),
    ("哪些县是国家电子商务进农村综合示范县？", R()),  # the graph holds the number (47), not the list
    ("广西的GDP是多少？", R()),
    ("What is Guangxi's population?", R()),
    ("柳州螺蛳粉的利润是多少？", R()),
    ("How much did Liuzhou luosifen export to Vietnam in 2017?", R()),
    ("What is Guangxi's GDP?", R()),
    ("Which organisation issued the most policies?", R()),
    ("Who is the mayor of Nanning?", R()),
    ("How many people live in Liuzhou?", R()),
    ("What was the e-commerce volume of Guangxi in 2020?", R()),
    ("2020年柳州螺蛳粉卖了多少钱？", R()),
]

# session 29: a class word inside a where cue, two class words joined by or, glosses of a name, a figure
# quoted out of its sentence, light words of talk
PHRASINGS = [
    ("Which prefecture lies furthest east?", L("Hezhou")),
    ("哪个地级市最靠东？", L("贺州市")),
    ("Which prefecture-level city's seat lies furthest east?", L("Hezhou")),
    ("Which county of Guangxi lies furthest east?", L("Babu District")),
    ("Which programmes or projects does Guangxi implement?", L(
        '"E-commerce Guangxi, e-commerce ASEAN" project', "China's ASEAN-oriented cross-border e-commerce base",
        "China-ASEAN Information Harbor", "Comprehensive demonstration project of e-commerce in rural areas",
        "Cross-border e-commerce comprehensive pilot zones")),
    ("Liuzhou luosifen (the snail noodle thing) - what were its sales in 2017?", V("3000000000")),
    ("“54935家个人网店”这个数是哪篇报道里说的？", P("《广西电商新跨越 经济增长新引擎》")),
    ("哪个市的民族自治县最多？", F("河池市: 5")),
    ("中国-东盟信息港电子商务论坛要讨论的三大议题是什么？", L("农村电商发展", "跨境电子商务", "电子商务与物流协同发展")),
    ("did nanning banana sales pass 5 billion yuan in 2017", P("yes")),
    ("Did Baise mango sales surpass 50 billion yuan in 2017?", P("not confirmed:")),  # 突破38亿: more than 38亿, maybe more than 50亿
    ("Before the cooperative model, what price per jin were Rong'an's kumquats fetching?", V("2")),
    ("南宁跨境商品直购体验中心里有没有澳洲来的商品？", P("是")),
    ("Of the products that have 2017 sales numbers, which one sold teh most?", F("Nanning banana")),
    ("全区一共有多少个县拿到了国家电子商务进农村综合示范县的牌子？", V("47")),
    ("By the end of July 2018, how many rural e-commerce service stations had been built?", V("3101")),
]

# session 30: older romanisations, a lead or postscript that asks nothing, the old name asked, a cue cut across a
# class word, everyday verbs of relations, a kind asked that an entity's facts do not answer
CONTEXT = [
    # a livestreamer's greeting and purpose, a fan's question, a remark after the question: context, not conditions
    ("家人们晚上好，今晚直播间要讲百色芒果。2017年百色芒果卖了多少钱？", V("3800000000")),
    ("粉丝一直在问，柳州螺蛳粉2017年销售额是多少？", V("3000000000")),
    ("横县茉莉花茶是哪个县产的？一时想不起来了", L("横州市")),
    ("天等县归哪个市管？想发个动态", L("崇左市")),
    ("北海和贺州，哪个下辖的县级单位（县、县级市、区）多？", L("贺州市: 5")),
    ("What were Kweilin's urban districts?", L("Diecai District", "Lingui District", "Qixing District",
                                                "Xiangshan District", "Xiufeng District", "Yanshan District")),
    ("Which prefecture-level city is Huan-chiang county under?", L("Hechi")),
    ("Where is Wuchow?", L("Wuzhou is in Guangxi Zhuang Autonomous Region (latitude 23.476962, longitude 111.279115)", "Guangxi Zhuang Autonomous Region")),
    ("写材料要用：南宁香蕉2017年卖了多少？", V("8000000000")),
    ("我们单位在做规划，请问百色芒果2017年卖了多少？", V("3800000000")),
    ("We are a Thai importer. Where does Liuzhou luosifen come from?", L("Liuzhou")),
    ("How many service stations had Guangxi built by July 2018? Planning our logistics network.", V("3101")),
    ("广西米粉包括哪几种？", L("桂林米粉", "柳州螺蛳粉", "南宁老友粉")),
    ("横州市原来叫什么？", L("横县")),
    ("What was Hengzhou formerly called?", L("横县")),
    ("哪个县级市以前叫横县？", L("横州市")),
    ("Which county-level city was formerly called Hengxian?", L("Hengzhou (county-level city)")),
    ("What does the China-ASEAN Information Harbor e-commerce forum push forward?",
     L("China-ASEAN Information Harbor", "Southbound corridor")),
    ("融水苗族自治县在哪？最好有经纬度", L("融水苗族自治县位于广西壮族自治区柳州市（纬度 25.065934、经度 109.256334）", "柳州市", "广西壮族自治区")),
    ("自治区人民政府办公厅出了哪些文件？", L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
                                     "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("中国-东盟信息港和什么相连？", L("广西壮族自治区 —实施→ 中国-东盟信息港", "中国-东盟信息港电子商务论坛 —推动→ 中国-东盟信息港", "落户: 广西壮族自治区")),
    ("Guangxi's e-commerce volume for January through July 2018?", V("422000000000")),
    ("Did Baise mango sales break through 3 billion yuan in 2017?", P("yes")),
    ("What are Guilin's relations with other counties?", R()),
    ("Qinzhou villages?", R()),
    # an average the graph does not state: computed from the total and its months, never the total in its place
    ("2018年1-7月广西平均每个月的电子商务交易额是多少？", F("广西壮族自治区 电子商务交易额: 422000000000 元 (4220亿元)")),
    ("2018年1-7月广西电子商务交易额月均多少？", L("广西壮族自治区 电子商务交易额: 422000000000 元 (4220亿元)", "月均：约 60285714286 元")),
    ("What was Guangxi's average monthly e-commerce volume in 2017?",
     L("Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000 yuan (CNY) (7056亿元)",
       "monthly average: about 58800000000 yuan (CNY)")),
    ("南宁跨境商品直购体验中心平均每个月有多少商家入驻？", R()),  # an undated count: no month to divide by
    ("国务院的批复里点了哪些城市的名？", L("北京市", "南宁市")),  # the cities asked for, never the reply itself
    # a Chinese question word written in pinyin beside its English (shixiaqu: 市辖区, chengban: 承办)
    ("How many urban districts (shixiaqu) does Guilin have?", L("6")),
    ("Was the China-ASEAN Information Harbor e-commerce forum organised (chengban) by the Department of Commerce?",
     P("yes")),
    ("图谱里一共收录了几个电商/贸易平台？", L("9")),
    # the number a named thing states, not a count of the few things the graph links to it
    ("How many cities did the State Council's 2018 reply approve for cross-border e-commerce pilot zones?", V("22")),
    ("国务院那份批复同意在多少个城市设立跨境电商综试区？", V("22")),
    ("Taking cross-border e-commerce as about 11% of Guangxi's foreign trade in 2017, what total trade does that imply?",
     P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume")),
    ("按跨境电商占11%算，2017年广西进出口总额大约多少？", L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)",
                                              "广西壮族自治区 跨境电商交易额占进出口总额比重: 约 11 % (11%)",
                                              "进出口总额（推算）约 386363636364 元")),
    ("China-ASEAN Information Harbor e-commerce forum: who hosts it and where is it held?",
     L("People's Government of Guangxi Zhuang Autonomous Region", "Nanning")),  # each clause answered
    ("List every county.", P("")),  # the first 50 of 111, with where to find the rest (test_ask_kinds)
    ("List all policies.", L("Guangxi e-commerce development plan for the 13th Five-Year period",
                             "Guangxi three-year action plan for targeted poverty alleviation through e-commerce (2018-2020)",
                             "Guangxi three-year plan for e-commerce in rural areas",
                             "Implementation opinions of the regional government's general office on sound and fast "
                             "development of cross-border e-commerce",
                             'Notice of the regional government\'s general office issuing the implementation plan of the '
                             '"Internet + circulation" action plan',
                             "Opinions of the regional government on accelerating e-commerce development",
                             "Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing")),
    ("guangxi online retail sales jan-jul 2018: what figure did they reach?", V("52800000000")),
    ("How old are most of the e-commerce entrepreneurs in Guangxi?", V("16–40")),
    # a name and a class word its thing is not of: the one thing of the class named so
    ("万寿谷核桃鸡联动模式带动了多少户贫困户脱贫？", P("“万寿谷核桃鸡产业+电商+贫困户”联动 带动贫困户增收脱贫户数: 超过 10000 户")),
    ("中国-东盟信息港电商论坛在哪里开？", L("南宁市")),
    ("凤山县到底是河池的还是百色的？", L("河池市")),
    ("Is Lingyun County in Baise or Hechi?", L("Baise")),
    ("Did Guangxi build more service stations or logistics outlets by July 2018?",
     P("rural e-commerce service stations built (cumulative) 3101个 > ")),
    ("截至2018年7月，农村电商的服务站点和网销单品哪个多？", P("农村电商服务站点数（累计） 3101个 > 培育农产品网销单品数（累计） 1826个")),
    ("Which prefectures are the cities that adopted the 'border trade + cross-border e-commerce' model in?",
     L("Fangchenggang", "Chongzuo")),
    ("The places running the 'border trade + cross-border e-commerce' model: which prefectures are they in?",
     L("Fangchenggang", "Chongzuo")),
    ("Going by the article, did Vipshop come to Guangxi to develop?", L("yes: Vipshop —came to develop in→ Guangxi Zhuang Autonomous Region")),
    ("唯品会算不算入桂发展的电商企业？", L("是: 唯品会 —入桂发展→ 广西壮族自治区")),
    # several kinds joined by 、 or and: each of them, and only what relates to the thing named
    ("凭祥市跟哪些模式、平台、设施有关联？", L("“互市贸易+跨境电商”新模式", "线上边民互市综合管理信息平台", "线下跨境电商监管中心")),
    ("广西壮族自治区人民政府跟哪些活动、文件挂钩？", L("中国-东盟信息港电子商务论坛", "自治区人民政府关于加快电子商务发展的若干意见")),
    # a place after 在 / in beside a company is where, not a subject: Guangxi's figure is no answer about Alibaba
    ("How many service stations did Alibaba build in Guangxi?", R()),
    ("阿里巴巴在广西建了多少个农村淘宝服务站？", R()),
    ("有几家全国知名的电商平台在广西做农村电商？", L("4")),
    ("哪些平台在广西搞农村电商？", L("乐村淘", "京东", "赶街", "阿里巴巴")),
    ("最终消费对广西经济增长的贡献率大概有多高？", V("50")),
    ("Where are the Hantang fruit seedlngs grown?", L("Hantang Village")),
    ("What age bracket forms the main group of e-commerce entrepreneurs in Guangxi?", V("16–40")),
    ("河池和哪些东西有关联？", L("位于: 广西壮族自治区", "金城江区 —位于→ 河池市", "宜州区 —位于→ 河池市", "南丹县 —位于→ 河池市", "天峨县 —位于→ 河池市",
                         "凤山县 —位于→ 河池市", "东兰县 —位于→ 河池市", "罗城仫佬族自治县 —位于→ 河池市", "环江毛南族自治县 —位于→ 河池市",
                         "巴马瑶族自治县 —位于→ 河池市", "都安瑶族自治县 —位于→ 河池市", "大化瑶族自治县 —位于→ 河池市",
                         "河池长寿食品 —产自→ 河池市")),
    # a word that says what the thing beside it is (the … model, the topic of …, 这个主题) asks nothing else
    ("What is connected to the cross-border e-commerce O2O offline experience store model?",
     L("Nanning cross-border goods direct-purchase experience centre —implements model→ Cross-border e-commerce O2O offline experience store",
       "Qinzhou Bonded Port Area international goods direct-sales centre —implements model→ Cross-border e-commerce O2O offline experience store")),
    ("电子商务发展这个主题下有什么？", L(
        "自治区人民政府关于加快电子商务发展的若干意见 —支持→ 电子商务发展", "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见 —支持→ 电子商务发展",
        "广西电子商务发展“十三五”规划 —支持→ 电子商务发展", "广西电子商务精准扶贫三年行动计划（2018-2020） —支持→ 电子商务发展", "广西电子商务进农村三年规划 —支持→ 电子商务发展",
        "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知 —支持→ 电子商务发展")),
    ("Which prefecture is the county that Liubao tea comes from in?", L("Wuzhou")),
    ("Was the China-ASEAN Information Harbor e-commerce forum held on September 14, 2018?", L("no: 2018-09-13")),
    ("中国-东盟信息港电子商务论坛是不是2018年9月开的？", L("是: 2018-09-13")),
    ("list the products from the nanning area", L("Hengxian jasmine tea", "Nanning banana", "Nanning laoyou noodles")),
    ("钦州地区有哪些产品？", L("汉塘村果苗")),
    ("which companies came to guangxi to develop, according to the article",
     L("DHgate", "Google", "JD.com", "Vipshop", "Zhijian Yuntu")),
    ("据报道，哪些企业入桂发展？", L("京东", "唯品会", "敦煌", "至简云图", "谷歌")),  # Qinzhou's facts hold no village: never its facts in place of the kind asked
    ("Did Rongan kumquats sell for more than 30 yuan a jin?",
     L("yes: Rong'an kumquat price after the model: 40 yuan per jin (40元/斤)",
       "no: Rong'an kumquat price before the model: 2 yuan per jin (2元/斤)")),
    ("融安金桔卖到过30元一斤以上吗？", L("是: 融安金桔 采用模式后售价: 40 元/斤 (40元/斤)", "否: 融安金桔 采用模式前售价: 2 元/斤 (2元/斤)")),
    ("柳洲螺蛳粉有哪些关联？", L("属于品类: 广西米粉", "产自: 柳州市", "柳州螺蛳粉 年销售额: 突破 3000000000 元 (30亿元)")),
    ("Which programmes does the 2018 Information Harbor e-commerce forum promote?",
     L("China-ASEAN Information Harbor", "Southbound corridor")),
    ("Tell me what the graph knows about the 2018-2020 action plan for targeted poverty alleviation",
     L("supports: e-commerce development", "supports: targeted poverty alleviation through e-commerce",
       "translation: Guangxi three-year action plan for targeted poverty alleviation through e-commerce (2018-2020)")),
]

# answers that were once confidently wrong: a spoken number, a number with commas, a class word inside 哪些区县, an
# alternative between two periods, a relation asked that no fact of the class has
ONCE_WRONG = [
    ("2017年汉塘村果苗的销售额上2个亿了没？", L("否: 汉塘村果苗 年销售额: 160000000 元 (1.6亿元)")),
    ("汉塘村果苗2017年卖了超过一个亿吗？", L("是: 汉塘村果苗 年销售额: 160000000 元 (1.6亿元)")),
    ("Did Guangxi have more than 60,000 individual online shops in 2017?",
     L("no: Guangxi Zhuang Autonomous Region individual online shops: 54935 count (54935家)")),
    ("Were there over 50,000 individual online shops in Guangxi in 2017?",
     L("yes: Guangxi Zhuang Autonomous Region individual online shops: 54935 count (54935家)")),
    ("Did Guangxi have more than sixty thousand individual online shops in 2017?",
     L("no: Guangxi Zhuang Autonomous Region individual online shops: 54935 count (54935家)")),
    ("Were there over fifty-two thousand individual online shops in Guangxi in 2017?",
     L("yes: Guangxi Zhuang Autonomous Region individual online shops: 54935 count (54935家)")),
    ("钦州市辖哪些区县？", L("钦南区", "钦北区", "灵山县", "浦北县")),
    ("北海有几个县区？", L("4")),
    ("钦州有哪些区？", L("钦南区", "钦北区")),
    ("Was Guangxi's e-commerce volume bigger in 2013 or in Jan-Jul 2018?", F("2018-01 to 2018-07")),
    ("2013年的电商交易额多，还是2018年1-7月的多？", F("2018-01至2018-07")),
    ("哪些城市设立了跨境电商综合试验区？", L("北京市", "南宁市")),
    ("发布跨境电商那份《实施意见》的机构，还发过什么文件？", L("自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),  # 《实施意见》: the one title holding it
]

# everyday words that ask nothing new, or ask a kind already known (是干嘛的, a profile of, 原始记录, 增长幅度, 政府驻地,
# 文中提到的 X, X这个议题, a quoted English name beside "linked", these days, economic growth, position, 平均下来每家,
# 不要算进来, a preamble about a graduation project, a postscript about writing), and a second list in its own clause
EVERYDAY = [
    ("六堡茶是干嘛的？", L("产自: 梧州市", "组成: 广西桂茶产业")),
    ("Give me a profile of Vipshop.", L("came to develop in: Guangxi Zhuang Autonomous Region")),
    ("横州市属于南宁市，这条是根据什么数据？原始记录怎么写的？", P("“450181000000,横州市")),
    ("2017年广西跨境电商交易额增长幅度多大？", V("28.8")),
    ("那坡县政府驻地的经纬度？", L("那坡县位于广西壮族自治区百色市（纬度 23.387441、经度 105.83253）", "百色市", "广西壮族自治区")),
    ("文中提到的金苗苗是哪个地方产的？", L("汉塘村")),
    ("哪些文件跟“电子商务发展”这个议题挂钩？", L(
        "广西电子商务发展“十三五”规划", "广西电子商务精准扶贫三年行动计划（2018-2020）", "广西电子商务进农村三年规划",
        "自治区人民政府关于加快电子商务发展的若干意见", "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
        "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ('Is "Europe and America" linked to anything?',
     L("Nanning cross-border goods direct-purchase experience centre —offers products from→ Europe and America")),
    ("Is Lipu a county-level city these days?", L("yes: Lipu (county-level city) (County-level division)")),
    ("what was final consumption's contribution to Guangxi's economic growth?", V("50")),
    ("What position did Guangxi take among western provinces for individual online shops in 2017?", V("54935", "3")),
    ("南宁跨境商品直购体验中心平均下来每家商户多少个SKU？", P("商品SKU数 ÷ 入驻商家数：约 125 个")),
    ("河池下面的县有哪些？区和县级市不要算进来。", L("东兰县", "凤山县", "南丹县", "大化瑶族自治县", "天峨县", "巴马瑶族自治县",
                                       "环江毛南族自治县", "罗城仫佬族自治县", "都安瑶族自治县")),
    ("毕业设计要用：柳州螺蛳粉2017年卖了多少？", V("3000000000")),
    ("What does the Guangxi Department of Commerce organise? Writing a piece on the department.",
     L("China-ASEAN Information Harbor E-commerce Forum")),
    ("Which various nationalities autonomous counties are there in Guangxi?",
     L("Longlin Various Nationalities Autonomous County", "Longsheng Various Nationalities Autonomous County")),
    ("哪些政策支持跨境电子商务？哪些活动讨论过它？", L(
        "← 支持: 自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
        "← 支持: 关于同意在北京等22个城市设立跨境电子商务综合试验区的批复", "← 议题: 中国-东盟信息港电子商务论坛")),
    ("What prefecture-level city administers Zhaoping County?", L("Hezhou")),
    ("Zhaoping County in Guangxi: what prefecture-level city governs it?", L("Hezhou")),
    ("哪些县位于贺州市？", L("八步区", "富川瑶族自治县", "平桂区", "昭平县", "钟山县")),  # never Guangxi, where 贺州 lies
    ("跨境电子商务综合试验区跟谁有关系？", L("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复 —设立→ 跨境电子商务综合试验区", "南宁市 —实施→ 跨境电子商务综合试验区", "北京市 —实施→ 跨境电子商务综合试验区")),
    ("广西米粉下面有几种米粉？", L("3")),
    ("Which products are kinds of Guangxi rice noodles?",
     L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("When was the State Council's reply on 22 pilot zone cities issued?", L("2018-08")),
    ("国务院关于综试区的那份批复是哪年发的？", L("2018-08")),
    ("国务院22个城市的批复是2017年发的吗？", L("否: 2018-08")),
    ("Was the State Council's reply on the 22 pilot zone cities issued in 2017?", L("no: 2018-08")),
    ("中国-东盟信息港电子商务论坛是2018年举办的吗？", L("是: 2018-09-13")),
    ("Where is the 120,000 jobs figure from?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth"')),
    ("带动就业12万人，这个数是哪篇文章说的？", P("《广西电商新跨越 经济增长新引擎》")),
    ("Where is the 150,000 jobs figure from?", R()),  # never a source for a figure the graph does not hold
    ("带动就业20万人，这个数是哪篇文章说的？", R()),
    ("广西米粉带动了哪些上下游产业？", L("带动下游产业: 网络电商", "带动上游产业: 竹笋种植", "带动上游产业: 豆角种植",
                                 "带动上游产业: 螺蛳养殖")),  # never its kinds in their place
    ("Which upstream and downstream industries does Guangxi rice noodles drive?",
     L("drives downstream industry: online e-commerce", "drives upstream industry: bamboo-shoot growing",
       "drives upstream industry: cowpea (long bean) growing", "drives upstream industry: river-snail farming")),
    ("How many kinds of Guangxi rice noodles are there?", L("3")),
    ("桂茶产业有几种茶？", L("4")),
    ("推动南向通道建设的那个论坛，承办单位是谁？", L("广西壮族自治区商务厅")),
    ("Who hosted the forum that promotes the Southbound corridor?",
     L("People's Government of Guangxi Zhuang Autonomous Region")),
    ('The "roughly 120,000 jobs" figure: where is it from? title and url please',
     P('"Guangxi e-commerce\'s new leap, a new engine of economic growth"')),
    ("Does Guilin or Hechi have more counties?", L("Guilin: 17")),  # which of two, not yes or no
    ("Is Guilin or Hechi further north?", L("Guilin")),
    ("2018年前7个月的电商交易额，相当于2017年全年的百分之几？", L(
        "广西壮族自治区 电子商务交易额: 422000000000 元 (4220亿元)", "广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)",
        "2018-01至2018-07相当于2017年的 59.81%")),
    ("What percentage of the 2017 volume was the 2013 e-commerce volume?", P(
        "Guangxi Zhuang Autonomous Region e-commerce transaction volume: 126600000000")),
    ("2013年的电商交易额是2017年的百分之几？", F("广西壮族自治区 电子商务交易额: 126600000000 元 (1266亿元)")),
    ("Where is the Qinzhou Bonded Port Area?", L("Guangxi Qinzhou Bonded Port Area is in Qinnan District, Qinzhou, Guangxi Zhuang Autonomous Region", "Qinnan District", "Qinzhou", "Guangxi Zhuang Autonomous Region")),
    ("百色市和河池市，哪个下辖的县级行政区多一些？", L("百色市: 12")),
    ("武鸣还是县吗？", L("否: 武鸣区 (县级行政区)")),  # still a county, not one of two
    ("How many poverty alleviation models does the graph record?", L("2")),
    # two names, each with a relation: each its own end (binding ?o twice was a query error)
    ("The Nanning direct-purchase experience centre runs on a store model. Which other facility uses it?", R()),
    ("保税港区那个国际商品直销中心开了几家线下体验店？", V("30")),  # the centre's own words, apart
    ("Which documents did the regional government issue?", L("Opinions of the regional government on accelerating e-commerce development")),
    ("哪个城市和东兴采用了同一种模式？", L("凭祥市")),
    ("Which other facility implements the same model as the Nanning cross-border goods direct-purchase experience centre?",
     L("Qinzhou Bonded Port Area international goods direct-sales centre")),
    ("桂林市管辖几个县（自治县也算上）？", L("10")),  # 县 in its narrow sense: 县 and 自治县, not districts
    ("桂林市有多少个县？", L("17")),  # every county-level division, the narrow count in a note
    ("When did Vipshop start developing in Guangxi?", R()),  # when is all it asks: never its facts of no date
    ("中国-东盟信息港电子商务论坛什么时候在哪里举办？", L("南宁市", "2018-09-13")),
    ("What is the Guangxi regional govt connected to?", P("China-ASEAN Information Harbor E-commerce Forum")),  # govt
    ("Which articel mentions the Sanyuesan e-commerce festival?", P('"Guangxi e-commerce\'s new leap')),  # a swap
    ("where do guillin rice noodles come from?", L("Guilin")),  # never Guilin and some noodles from it
    ("南宁市下面有几个县？只数县，区和县级市除外。", L("4")),
    ("柳州市各县区里，纬度最高的是哪个？", L("三江侗族自治县")),
    ("汉塘村果苗产地所在的那个县叫什么名字？", L("灵山县")),
    ("By July 2018, how many logistics delivery outlets had Guangxi built per rural e-commerce service station?",
     F("logistics delivery outlets built (cumulative) ÷ rural e-commerce service stations built (cumulative): about 0.72 count")),
    ("2018年全年广西电子商务交易额最后是多少？", R()),  # January to July is not the whole year; 最后 is no superlative
    ("2018年全年广西网络零售交易额同比增长多少？", R()),
    ("线上边民互市综合管理信息平台是哪些地方在建？", L("东兴市", "凭祥市")),  # never "is it a place? no"
    ("List the counties of Chongzuo (just the counties, not the district or the county-level city)",
     L("Daxin County", "Fusui County", "Longzhou County", "Ningming County", "Tiandeng County")),
    ("In Hezhou, which county-level unit sits farthest to the west?", L("Zhaoping County")),
    ("设立综试区的批复是谁发的？", L("国务院")),  # the reply that set the zones up, then its issuer
    ("邕宁区位于哪里？顺便给一下它的经纬度。", L("邕宁区位于广西壮族自治区南宁市（纬度 22.75839、经度 108.487368）", "南宁市", "广西壮族自治区")),  # with its coordinates in a note
    ("和梧州六堡茶同属广西桂茶产业的，还有哪几种茶？", L("百色凌云茶", "防城港金花茶", "横县茉莉花茶")),
    ('Which policy supports the topic "e-commerce development"? Which events are linked to it?',
     P("Guangxi e-commerce development plan for the 13th Five-Year period")),
    # a figure in another unit of its kind, converted by the ontology's multipliers (qudt:conversionMultiplier)
    ("how many hectares is the Nanning cross-border goods experience centre?", P("Nanning cross-border goods direct-purchase experience centre floor area: 0.8 hectare")),
    ("南宁跨境商品直购体验中心占地多少亩？", P("南宁跨境商品直购体验中心 面积: 12 亩")),
    ("Rong'an kumquats went for 40 yuan a jin after the model. What is that per kilogram?", P("Rong'an kumquat price after the model: 80 yuan per kilogram")),
    ("融安金桔以前一斤2块钱，折合每公斤多少钱？", P("融安金桔 采用模式前售价: 4 元/公斤")),
    ("南宁跨境商品直购体验中心面积多少平方米？", V("8000")),  # its own unit: no conversion
    ("柳州螺蛳粉2017年销售额是多少公顷？", R()),  # no figure of that kind
    ("What were Liuzhou luosifen's 2017 sales in US dollars?", R()),  # no exchange rate in the graph
    # two figures of one thing added up, only when they share a unit and a period
    ("截至2018年7月，农村电商服务站点和物流配送网点加在一起一共多少个？", P("合计 5329 个")),
    ("How many rural e-commerce service stations and logistics outlets are there combined?", P("combined: 5329 count")),
    ("广西网络零售额和跨境电商交易额合计多少？", R()),  # January to July 2018 and 2017: not added
    # the days between two dates the graph states
    ("How many days after the article came out was the China-ASEAN Information Harbor E-commerce Forum scheduled to open?", P("24 days (the article 2018-08-20")),
    ("文章发布后多少天，中国-东盟信息港电子商务论坛开幕？", P("24 天（文章发布 2018-08-20")),
    ("横县改名横州市和中国-东盟信息港电子商务论坛相隔几天？", L("874 天（中国-东盟信息港电子商务论坛 2018-09-13 → 横县 → 横州市 2021-02-03，约 2.4 年）")),  # the rename's day, from the division data's README
    # exact or approximate: the figure with its qualifier
    ("最终消费对广西经济增长的贡献率是多少？原文给的是确数还是约数？", V("50")),
    ("Is the 2228 logistics outlets figure exact or approximate?", V("2228")),
    # words people use that the lexicon lacked: a parent city, a direction said with 偏, 辖区, thru, avg, altogether
    ("xingning district: what's its parent city?", L("Nanning")),
    ("桂林境内位置最偏南的县级行政区是哪个？", L("荔浦市")),
    ("請問城中區是哪座城市的轄區？", L("柳州市")),
    ("rural online retail sales in guangxi thru july 2018?", V("5900000000")),
    ("How many logistics delivery outlets had Guangxi built altogether by July 2018?", V("2228")),
    ("Had Guangxi trained 300,000 or more people in rural e-commerce by July 2018?", P("no")),
    ("广西农村电商服务站点有3000个以上吗？", P("是")),
    ("防城港市在图谱里关联了哪些东西？比如下辖的县、特产之类的。", P("")),
    ("截至2018年7月，广西培育了多少个网销农产品单品？", V("1826")),
    ("How many product lines (stock-keeping units) does the Nanning cross-border goods direct-purchase experience centre offer?", V("50000")),
    ("六堡茶的原句怎么写？出自哪篇文章？", P("")),
    ("钦州保税港区国际商品直销中心业务拓展到哪些省？要放进季度材料里。", L("江西省", "四川省", "湖南省")),
    # the straight-line distance between two places' coordinates
    ("南宁市和柳州市直线距离大约多少公里？", P("约 200 公里（南宁市 — 柳州市，直线距离）")),
    ("How far apart are Pingxiang and Dongxing as the crow flies?", P("about 138 km")),
    ("How far is Liuzhou luosifen from Nanning?", R()),  # a product has no coordinates
    # a name left out of a list of its class
    ("除了广西，图谱里还有哪些省级行政区？", L("北京市", "四川省", "江西省", "湖南省")),
    ("Besides Guangxi, which province-level divisions show up in the graph?", L("Beijing", "Sichuan", "Jiangxi", "Hunan")),
    ("唯品会算不算入桂发展的电商企业？", P("是")),  # 算不算: no name left out
    # a class word after a name and a demonstrative says what it is (not a relation asked)
    ("跨境电商O2O线下体验店这种模式，都和哪些实体有关系？", L("南宁跨境商品直购体验中心 —运营模式→ 跨境电商O2O线下体验店", "钦州保税港区国际商品直销中心 —运营模式→ 跨境电商O2O线下体验店")),
    # once answered wrong in development set 16: each now right or refused
    ("听说兴宁区是南宁下面的一个县，是吗？", P("否: 兴宁区")),  # a district, not a 县, though it lies in Nanning
    ("南宁下面的良庆区是县吗？", P("否: 良庆区")),
    ("Is Lingshan a county in Qinzhou?", P("yes: Lingshan County —located in→ Qinzhou")),
    ("全区14个地级市里，有几个下面一个县级市都没有？", L("5", "北海市", "柳州市", "河池市", "贺州市", "钦州市")),  # none: not all 14
    ("广西平均每个地级市有几个县级行政区？", P("平均每个 7.93")),
    # once answered wrong in development set 19
    ("2017年跨境电商交易额占广西进出口总额的比重，超过15%了吗？", P("否: 广西壮族自治区 跨境电商交易额占进出口总额比重")),  # never the yuan
    ("全区一共有多少家电商企业？", R()),  # the graph records some, not Guangxi's total
    ("图谱里有多少个电商平台？", P("")),
    ("Where does the graph's record of Xingning District come from?", P('"Guangxi administrative divisions (reference data)"')),
    ("Qingxiu District in Guangxi — what prefecture-level city is that part of?", L("Nanning")),  # part of, of a place
    ("Give me every product from Baise, including the ones from the counties under it.", L("Baise Lingyun tea", "Baise mango")),
    ("良庆区上面的地级市是哪个？", L("南宁市")),
    ("玉林跟梧州比，哪个市下面的县级单位多一些？", P("一样多（各 7）")),  # a tie is said, never one of the two
    ("Which has more county-level divisions, Yulin or Wuzhou?", P("a tie: the same (7 each)")),
    ("钦州保税港区国际商品直销中心现在已经开出去几家线下体验店了？", V("30")),
    ("Does Lingshan County have a Taobao village?", P("yes: Hantang Village —has designation→ Taobao village")),
    ("南宁市有淘宝村吗？", R()),  # none recorded is no "no": a designation's members are not listed whole
    ("跨境电商同比增长28.8%这个数，我在论文里想引用，出处是哪里？", P("《广西电商新跨越 经济增长新引擎》")),
    # absence in the record, asked as such, is answered; absence in the world is refused
    ("哪些政策文件没有写明发布机关？", L("广西电子商务发展“十三五”规划", "广西电子商务精准扶贫三年行动计划（2018-2020）", "广西电子商务进农村三年规划")),
    ("Which policy documents have no issuer recorded?", L("Guangxi e-commerce development plan for the 13th Five-Year period",
     "Guangxi three-year action plan for targeted poverty alleviation through e-commerce (2018-2020)",
     "Guangxi three-year plan for e-commerce in rural areas")),
    ("哪些县没有采用模式？", R()),
    ("Which counties have not adopted a model?", R()),  # once answered with the adopters
    ("Roughly how many times were Nanning banana's 2017 sales Baise mango's?", F("ratio: 2.11 (Nanning banana ÷ Baise mango)")),  # not a growth
    ("农村电商覆盖率和最终消费对经济增长的贡献率，这两个百分比哪个更高？", P("农村电商覆盖率 70 % > 最终消费对经济增长贡献率 50%")),
    ("截至2018年7月累计培训的人次，平均摊到每个农村电商服务站点，大概是多少？", P("")),
    ("贺州、梧州两市的县级行政区数量比一比，谁多？", P("梧州市: 7")),  # 两市: the two named, no class asked
    ("文章列出来的政策文件里，支持跨境电商的是哪几份？", L("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复",
                                             "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见")),
    ("On avg, how many county-level divisions does each of Guangxi's prefecture-level cities have?", P("7.93 on average")),
    ("What was the year-on-year growth of Guangxi's e-commerce transaction volume in 2018?", R()),  # not 2013 to 2017
    ("广西哪些地方是县级市？", L("横州市", "荔浦市", "岑溪市", "东兴市", "桂平市", "北流市", "靖西市", "平果市", "凭祥市", "合山市")),
    ("北海市在图谱里关联了哪些东西？比如下辖的区县、特产之类的。", P("位于: 广西壮族自治区")),  # examples are no conditions
    ("Is Beijing part of the cross-border e-commerce comprehensive pilot zone programme?",
     P("the graph records: Beijing —implements→")),  # part of fits no place and programme: no yes or no
    # a place named to say which one is meant, or where a thing comes from, is no second subject
    ("Where is Xingning District in Nanning, and what are its coordinates?", L("Xingning District is in Nanning, Guangxi Zhuang Autonomous Region (latitude 22.854021, longitude 108.368871)", "Nanning", "Guangxi Zhuang Autonomous Region")),
    ("梧州的长洲区和龙圩区哪个更靠南？", L("龙圩区")),
    ("The fruit seedlings from Hantang Village: which prefecture-level city are they from?", L("Qinzhou")),
    ("What prefecture-level city are Hantang fruit seedlings grown in?", L("Qinzhou")),  # never the village
    # which things of a class have a figure
    ("哪些产品在图谱里有2017年的销售额数据？", L("百色芒果", "汉塘村果苗", "柳州螺蛳粉", "南宁香蕉")),
    ("How many products have annual sales figures?", L("4", "Baise mango", "Hantang fruit seedlings",
                                                       "Liuzhou river-snail rice noodles", "Nanning banana")),
    ("2017年广西的个人网店，在全国店铺总数里占多大比重？", V("0.8")),
    # once answered wrong in development set 17
    ("What was the average annual growth of online retail sales from 2013 to 2017?", R()),  # never e-commerce's 53.3%
    ("有自治县的地级市有几个？", P("6")),  # the prefectures counted, not the 12 autonomous counties
    ("How many prefecture-level cities contain at least one autonomous county?", P("6")),
    ("多少个地级市有县级市？", P("9")),
    ("柳州下辖的区县里，哪一个最靠东边？", L("鹿寨县")),  # 区县: districts and counties, never districts only
    ("In Hechi, which county or district sits furthest north?", L("Tian'e County")),  # "or" between kinds: either kind
    ("Has Dongxing adopted the border trade + CBEC model?", P("yes")),
    ("After Rong'an adopted its cooperative model, what did its kumquats sell for per jin?", V("40")),
    ("港北区上一级的地级市是哪个？", L("贵港市")),
    ("南宁市的市辖区都叫什么名字？", L("兴宁区", "青秀区", "江南区", "西乡塘区", "良庆区", "邕宁区", "武鸣区")),
    ("和融水苗族自治县直接相连的实体有哪些？", P("位于: 柳州市")),
    ("Coordinates for Xingning District, please - I'm marking Nanning's districts on a map.", L("Xingning District is in Nanning, Guangxi Zhuang Autonomous Region (latitude 22.854021, longitude 108.368871)", "Nanning", "Guangxi Zhuang Autonomous Region")),
    ("How many person-times of rural e-commerce training had Guangxi delivered by July 2018?", V("200000")),
    ("Does Liuzhou administer Longsheng Various Nationalities Autonomous County?", P("no: Longsheng Various Nationalities Autonomous County —located in→ Guilin")),
    ("中国-东盟信息港电子商务论坛的议题里，包括电子商务和物流协同发展吗？", P("是")),  # 和 for the name's 与
    ("全区农村电商服务站点截至2018年7月已经超过三千五百个了吧？", P("否")),
    ("广西有五十个县吗？", L("否: 县（含自治县）60 个，县级行政区共 111 个")),  # a number of counties in both senses, never whether Guangxi is a county
    ("Does Hechi have 9 counties?", L("yes: 9 counties (autonomous ones included), 11 county-level units in all")),
    ("Which autonomous counties are there in Hechi? Names please.", L("Bama Yao Autonomous County", "Dahua Yao Autonomous County",
     "Du'an Yao Autonomous County", "Huanjiang Maonan Autonomous County", "Luocheng Mulao Autonomous County")),
    ("文中那一系列电商品牌活动，总共列了几个？", F("6")),  # the brand events are the six its sentence calls so, of the ten events
    # once answered wrong in sets 15 and 18 (session 33): a level asked is never answered by a coarser place
    ("In which city did SAP come to develop?", R()),  # only Guangxi, the region, is recorded
    ("哪个县的农村电商覆盖率最高？", R()),  # the only coverage figure is Guangxi's
    ("融安金桔的产地在哪里？", F("融安县")),  # the origin itself first, then where it lies
    ("Where is the place Baise mango comes from?", F("Baise")),
    ("Is Qingxiu a district rather than a county?", P("yes")),
    ("Is Qingxiu a county rather than a district?", P("no")),
    ("永福县是县而不是区吧？", P("是")),
    ("关于唯品会，图谱掌握了哪些信息？", P("入桂发展")),
    ("维品会是什么时候来广西的？", R()),  # read as 唯品会; no date of its coming is recorded
    ("维品会来广西的消息出自哪篇文章？", P("《广西电商新跨越 经济增长新引擎》")),
    ("图谱对至简云途了解多少？", P("入桂发展")),  # 途 for 图, and 至 is no word of its own
    ("Baise is split into how many county-level divisions?", P("12")),
    ("Which lies furthest-north among Wuzhou's counties?", L("Mengshan County")),
    ("Technically, which prefecture-level city is Yongfu County under?", L("Guilin")),
    # figures of a kind named instead of an indicator
    ("广西的增长率数据有哪些？", V("28.8", "53.3", "13.4")),
    ("Of Guangxi's growth rates, which is the lowest?", F("Guangxi Zhuang Autonomous Region online retail sales, year-on-year growth: 13.4 percent (13.4%)")),
    ("图谱里数额最大的一笔金额是多少？", F("广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)")),
    ("Which percentage figure is the lowest in the graph?", F("Guangxi Zhuang Autonomous Region share of all shops in China: 0.8 percent (0.8%)")),
    ("How many growth rates does the graph hold?", P("3")),
    # a lead about the asker names no subject; tag questions; records absent; lines of latitude and longitude
    ("Our office tracks mango imports from Baise. What were Guangxi's online retail sales in 2018?", V("52800000000")),
    ("Hepu County is part of Beihai, isn't that so?", P("yes")),
    ("Longsheng comes under Liuzhou, doesn't it?", P("no")),
    ("How many policy documents have no issuing authority on record?", P("3")),
    ("How many prefecture-level cities have their seat north of 25 degrees north?", P("1")),  # Guilin, 25.23°N
    ("百色市北纬24度以北的县级行政区有哪些？", L("隆林各族自治县", "乐业县", "凌云县", "西林县", "田林县")),
    ("Which county-level units of Chongzuo lie west of 107°E?", L("Longzhou County", "Pingxiang (county-level city)")),
    ("Which products come from Hechi or the counties under it?", L("Wanshougu walnut chicken", "Hechi longevity food")),
    ("Other than Guangxi itself, which provinces does the graph name?", L("Beijing", "Hunan", "Jiangxi", "Sichuan")),
    ("The Qinzhou centre has opened how many experience stores?", V("30")),
    ("Which is more: the Nanning centre's merchants or the Qinzhou centre's experience stores?",
     F("Nanning cross-border goods direct-purchase experience centre")),
    ("钦州保税港区属于哪个县级区？", L("钦南区")),  # 广西钦州保税港区 written without 广西
    ("融安那个金桔，用了合作社模式以后卖多少钱一斤？", V("40")),
    ("龙墟区归哪个地级市管？", L("梧州市")),  # 墟 for 圩, read xu as in the district's romanisation Longxu
    ("图谱对《廣西電子商務發展「十三五」規劃》了解多少？", P("支持")),
    ("What age range do Guangxi's e-commerce founders mostly fall in?", V("16–40")),
    ("Whichever body issued the 'Internet + circulation' notice, what is it called?", L("General Office of the People's Government of Guangxi Zhuang Autonomous Region")),
    ("Total prefecture-level cities in Guangxi?", P("14")),
    ("Is Hezhou tied to anything in this graph?", L("located in: Guangxi Zhuang Autonomous Region", "Babu District —located in→ Hezhou",
                                                     "Pinggui District —located in→ Hezhou", "Zhaoping County —located in→ Hezhou",
                                                     "Zhongshan County —located in→ Hezhou",
                                                     "Fuchuan Yao Autonomous County —located in→ Hezhou")),  # its places within too
    ("What is known about Hezhou?", L("located in: Guangxi Zhuang Autonomous Region", "division code: 451100", "pinyin: Hezhou",
                                       "coordinates: 24.403528, 111.566871")),  # what it is and its row: not its places
    ("Which growth rate was larger, and by how many percentage points: cross-border e-commerce in 2017 or online retail in January–July 2018?",
     P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth")),
    ("融安金桔搞了合作社模式以后比原来贵了多少？", P("融安金桔 采用模式前售价")),
    ("哪几个广西产品有2017年的销售额数据？", L("百色芒果", "汉塘村果苗", "柳州螺蛳粉", "南宁香蕉")),
    ("What share of Guangxi's foreign trade did cross-border e-commerce make up in 2017?", V("11")),
    ("Where does the figure of 3,101 service stations come from?", P('"Guangxi e-commerce\'s new leap')),
    ("百色芒果销售额突破38亿，这个说法最早出自哪篇报道？", P("《广西电商新跨越 经济增长新引擎》")),
    ("Dongxing took up a border-trade model; in which prefecture is the other place using that same model?", L("Chongzuo")),
    ("图谱里的累计数据有哪些？", V("3101", "2228", "200000", "5900000000", "1826")),
    ("钦州保税港区的那个直销中心，业务做到湖南了？", P("是")),
    ("南宁跨境直购体验中心有多少个SKU？", V("50000")),  # the name with words of its middle left out
    ("京东来广西发展了吗？", P("是")),
    ("能不能告诉我，广西有几个地级市？", P("14")),  # a request, not a yes or no
    ("Average number of county-level divisions per prefecture-level city in Guangxi?", P("7.93")),  # 111 / 14
    ("How many counties does Baise have, leaving out its districts and county-level cities?", P("8")),
    ("想确认一下：百色芒果2017年卖了多少？", V("3800000000")),
    ("梧州市下辖的区有几个？", P("3")),
    ("Which cross-border e-commerce platforms settled in Guangxi?", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("落户广西的跨境电商平台有几家？", P("3")),  # the platforms the sentence calls 跨境电商平台
    ("浙江聚贸是落户广西的跨境电商平台吗？", P("是")),
    ("2017年广西跨境电商的进口额是多少？", R()),  # only the volume of imports and exports together is stated
    ("中国-东盟信息港电子商务论坛有多少家企业参会？", R()),  # no figure about who attended
    ("In 2017 how many times larger was Guangxi's e-commerce transaction volume than its cross-border e-commerce volume?",
     P("e-commerce transaction volume 7056亿元 > cross-border e-commerce transaction volume 425亿元")),
    ("文章里提到的产业，像螺蛳养殖这种，图谱里有哪些？", L("广西桂茶产业", "广西米粉产业链", "竹笋种植", "网络电商", "螺蛳养殖", "豆角种植")),
    ("广西的地级市里，下面有县级市的有几个？", P("9")),
    ("Xingning District prefecture-level city", F("Nanning")),
    ("南宁跨境商品直购体验中心在什么位置？", P("南宁市")),
    ("我们公司想进口万寿谷核桃鸡，请问它出自广西什么地方？", F("凤山县")),  # 它: the name in the lead
    ("文章列出的那些政策文件里，哪几份图谱没记录发布机关？", L("广西电子商务发展“十三五”规划", "广西电子商务精准扶贫三年行动计划（2018-2020）",
                                              "广西电子商务进农村三年规划")),
    ("Dear team, our office is in Xiufeng district. Xiufeng is under which prefecture city?", F("Guilin")),
    ("“国家电子商务进农村综合示范县”这个称号，图谱掌握了什么？", P("国家电子商务进农村综合示范县: 称号")),
    ("Source for the 3,101 rural e-commerce service stations?", P('"Guangxi e-commerce\'s new leap')),
    ("全区获批“国家电子商务进农村综合示范县”的县，报道里说有几个？", V("47")),
    ("Does the business of the Qinzhou direct-sales centre extend to Jiangxi?", P("yes")),
    # a count's share of the places of a kind (the number stated, or a narrower kind counted)
    ("全区47个示范县，占广西县级行政区的比例是多少？", L("广西壮族自治区 国家电子商务进农村综合示范县数量: 47 个 (47个县)", "约 42.3%")),
    ("What percentage of Guangxi's county-level divisions are county-level cities?", L("about 9.0%")),  # 10 / 111
    ("河池市的县级行政区里，自治县占百分之几？", L("约 45.5%")),  # 5 / 11
    ("What percentage of Guangxi's villages have a logistics delivery outlet?", R()),  # outlets are no villages
    ("2017年广西网络零售额比2016年多了多少？", R()),  # only a January-July 2018 growth rate: nothing to work back
    ("By how much did Guangxi's cross-border e-commerce volume grow in 2017 over 2016, in yuan?", P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000")),
    ("How many counties does Hechi have, not counting districts or cities?", P("9")),  # 11 less 金城江区 and 宜州区
    ("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复，是北京发的吗？", P("否")),
    ("2017年柳州螺蛳粉的销售额是南宁香蕉的百分之几？", L("柳州螺蛳粉 年销售额: 突破 3000000000 元 (30亿元)",
                                               "南宁香蕉 年销售额: 突破 8000000000 元 (80亿)", "约 37.5%")),
    ("What share of Nanning banana's 2017 sales were Baise mango's?", P("Baise mango annual sales")),  # the whole after "share of"
    ("How many of Guangxi's 14 prefecture-level cities have no autonomous county?", P("8")),
    ("We watch CBEC closely in Hanoi. What was Guangxi's CBEC transaction volume in 2017?", V("42500000000")),
    ("In 2017 did Baise mango or Nanning banana bring in more money?", F("Nanning banana")),
    ("How many SKUs does the Nanning cross-border goods direct-purchase experience centre stock?", V("50000")),
    ("Where does the graph get Xingning District's division code from?", P('"Guangxi administrative divisions (reference data)"')),
    # a few places answered in turn; names described by a class word; tenths; a growth rate against a bound
    ("东兴市和凭祥市分别属于哪个地级市？", L("防城港市", "崇左市")),
    ("Which prefectures are Dongxing and Pingxiang in?", L("Fangchenggang", "Chongzuo")),
    ("凭祥、东兴这些边境城市都建了些什么？", L("凭祥市: 线下跨境电商监管中心", "凭祥市: 线上边民互市综合管理信息平台",
                                     "东兴市: 线下跨境电商监管中心", "东兴市: 线上边民互市综合管理信息平台")),
    ("2017年广西跨境电商交易额同比增速超过三成了吗？", P("否")),  # 28.8%
    ("2017年广西跨境电商交易额同比增长超过两成了吗？", P("是")),
    ("Did Guangxi's cross-border e-commerce grow by more than 30% in 2017?", P("no")),
    ("Bama Yao Autonomous County - is that under Baise?", P("no")),  # 河池市
    ("崇左市一共管著幾個縣級行政區？", P("7")),
    ("Ling-yun tea: which prefecture-level city is its home county under?", L("Baise")),
    ("Which prefecture is Feng-shan in?", L("Hechi")),
    ("中国-东盟信息港电子商务论坛要围绕哪几个议题来研讨？", L("议题: 跨境电子商务", "议题: 电子商务与物流协同发展", "议题: 农村电商发展")),
    ("What districts make up Hezhou?", L("Babu District", "Pinggui District")),
    ("贺州市由哪些区组成？", L("八步区", "平桂区")),
    ("文章里提到的那个淘宝村，属于广西哪个地级市？", L("钦州市")),  # the designation's one holder, 汉塘村
    ("The Taobao village in the graph: which prefecture-level city is it in?", L("Qinzhou")),
    ("The 2018 China-ASEAN Info Harbour e-commerce forum — how many topics was it going to discuss?",
     L("3", "cross-border e-commerce", "coordinated development of e-commerce and logistics", "rural e-commerce development")),
    ("The county behind the Wanshougu walnut-chicken linkage - which prefecture-level city is it part of?", L("Hechi")),
    ("what date is the event that the Guangxi Dept of Commmerce is organising?", L("2018-09-13")),  # Commerce, not ecommerce
    # no, with what the graph states of the relation asked instead; thresholds said as half, 破, back in
    ("Is the State Council the organiser of the China-ASEAN Information Harbor E-commerce Forum?", P("no")),
    ("东盟信息港电商论坛是不是自治区商务厅承办的？", P("是")),
    ("凤山搞的是“电商+农民合作社+贫困户”模式吗？", P("否")),
    ("2017年广西电商交易额破7000亿了没有？", P("是")),
    ("Was Guangxi's rural e-commerce coverage below half?", P("no")),
    ("Had Guangxi's e-commerce transaction volume already topped 100 billion yuan back in 2013?", P("yes")),
    ("Before the cooperative model, did Rong'an kumquats sell for more than 10 yuan a jin?", L("no: Rong'an kumquat price before the model: 2 yuan per jin (2元/斤)")),
    # a figure of a thing the names only describe: the place the product comes from, the sentence naming them
    ("汉糖村那些种果苗的村民一年能挣多少钱？", L("汉塘村 村民年收入: 100000–200000 元 (十几万)")),
    ("通过办讲师大赛、组建讲师团搞培训，受益的有多少人？", L("广西壮族自治区 培训受益人数: 超过 100000 人 (10万人)")),
    ("據估算，電商直接和間接帶動了多少人就業？", L("广西壮族自治区 直接和间接带动就业人数: 约 120000 人 (12万人)")),
    ("钦州保税港区国际商品直销中心里入驻了多少家商家？", R()),  # the 400 merchants are the Nanning centre's, in the same sentence
    ("凤山的万寿谷核桃鸡一斤卖多少钱？", R()),  # the only prices per jin are the kumquat's
    # either of two names (or), several kinds of one class, goods sold
    ("哪些政策文件是支持农村电商或者电商扶贫的？", L("广西电子商务精准扶贫三年行动计划（2018-2020）", "广西电子商务进农村三年规划")),
    ("哪些政策文件支持农村电商和电商扶贫？", R()),  # none supports both
    ("南宁除了城区，还管着哪些县和县级市？", L("上林县", "宾阳县", "横州市", "隆安县", "马山县")),
    ("南宁跨境商品直购体验中心里卖的商品都来自哪些地区？", L("东盟", "澳洲", "欧美")),
    ("“农村电商覆盖率超过70%”这个说法是哪篇文章讲的？", P("《广西电商新跨越 经济增长新引擎》")),  # the sentence has 70 %
    ("“16～40岁青年是电商创业主力”这个说法的来源是什么？", P("《广西电商新跨越 经济增长新引擎》")),
    ("“南宁是全国最大的榴莲市场”这句话出自哪里？", R()),
    ("source for Liu Bao tea being part of the Guicha tea industry?", P('"Guangxi e-commerce')),
    ("What's the source for Guangxi building an ASEAN-oriented cross-border e-commerce base?", P('"Guangxi e-commerce')),
    ("Who operates the offline cross-border e-commerce supervision centre that the border cities are building?", R()),
    ("图谱里产地在河池市或其下辖县区的产品一共有几种？", P("2")),  # 河池长寿食品 and, from 凤山县, 万寿谷核桃鸡
    ("From how many regions does the Nanning direct-purchase experience centre source its goods?", P("3")),
    ("梧州市下面有哪些县、区和县级市？", L("万秀区", "长洲区", "龙圩区", "苍梧县", "藤县", "蒙山县", "岑溪市")),
    ("螺狮粉产自哪个城市？", L("柳州市")),
    ("橫州市以前是不是叫橫縣？", P("是")),
    ("横州市以前叫宾阳县吗？", L("否: 横县 → 横州市")),
    ("北京是不是也在那22个跨境电商综试区城市里？", P("是")),  # 综试区城市: the zone's cities, no kind said of 北京
    ("北京是城市吗？", P("是")),  # a municipality is a city, though no prefecture
    ("What's known about Rong'an's poverty-alleviation model?", P("Rong'an County —adopts model→")),  # the one model it adopted
    ("How many SKUs does Nanning's experience centre stock?", V("50000")),
    ("兴宁区是城市吗？", P("否")),  # 狮 shi for 蛳 si: a speaker who merges sh and s
    ("2013年广西电商交易额和2018年1-7月网络零售额哪个大？", P("电子商务交易额 1266亿元 > 网络零售交易额 528亿元")),
    ("Which was larger: Guangxi's 2013 e-commerce transaction volume or its online retail sales in Jan–Jul 2018?",
     P("e-commerce transaction volume 1266亿元 > online retail sales 528亿元")),
    ("Which places are building the online border residents' trade management information platform?",
     L("Dongxing (county-level city)", "Pingxiang (county-level city)")),
    # session 35: a qualifier said apart (农村 … 网络零售额), the narrower of two figures one phrase names, an end
    # asked (only its start is stated: refused), where data comes from, 成交, straight line, most east, coming from
    ("截至2018年7月，全区农村电商累计实现网络零售额多少？", V("5900000000")),
    ("2017年广西跨境电商成交了多少？", V("42500000000")),
    ("How far apart are Nanning and Beihai in a straight line?", P("about 168 km")),
    ("Which county in Qinzhou lies most east?", F("Pubei County")),
    ("Is Baise mango coming from Baise?", P("yes")),
    ("南宁跨境商品直购体验中心的面积8000平米，这个数据是从哪来的？", P("《广西电商新跨越 经济增长新引擎》")),
    ("钦北区属于钦州市，这条数据是从哪里来的？", P("《广西行政区划参考数据》")),
    # a document cited without its issuer (关于…); a name in quotation marks whole; a relation word that is the
    # class of the thing just named ('…' designation); a misspelt name in a lead the question refers back to
    ("发布《关于促进全区跨境电子商务健康快速发展的实施意见》的是哪个机关？", L("自治区人民政府办公厅")),
    ("Where was 'Party flag leads, e-commerce against poverty: I speak for my hometown' held?",
     L("Guangxi Zhuang Autonomous Region")),
    ("What is known about the 'national comprehensive demonstration county of e-commerce in rural areas' designation?",
     P("national comprehensive demonstration county of e-commerce in rural areas")),
    ("至简云途这家公司，它落户在哪里？", L("广西壮族自治区")),
    ("What prefecture-level city is Fengshan County in?", L("Hechi")),
    ("图谱里提到了哪些境外地区？", L("东盟", "欧美", "澳洲")),
    # a bound on what places hold or on a figure is used or the question refused, never dropped
    ("下辖县级行政区超过10个的地级市有几个？", L("4", "南宁市: 12", "桂林市: 17", "百色市: 12", "河池市: 11")),
    ("How many prefecture-level cities have more than ten county-level divisions?",
     L("4", "Nanning: 12", "Guilin: 17", "Baise: 12", "Hechi: 11")),
    ("Which prefectures have at least 12 county-level units?", L("3", "Nanning: 12", "Guilin: 17", "Baise: 12")),
    ("哪些地级市一个县级市都没有？", L("5", "柳州市", "北海市", "钦州市", "贺州市", "河池市")),
    ("14个地级市里，一个自治县都没有的有几个？", P("8")),
    ("Which prefecture-level cities have no county-level city under them?",
     L("5", "Liuzhou", "Beihai", "Qinzhou", "Hezhou", "Hechi")),
    ("销售额超过30亿的产品有几个？", L("3", "百色芒果", "柳州螺蛳粉", "南宁香蕉")),
    ("销售额超过50亿的产品有哪些？", L("南宁香蕉")),  # 突破38亿 against 50亿: not enough to tell, said so
    ("培训受益人数超过10万人，这句话出自哪里？", P("《广西电商新跨越 经济增长新引擎》")),  # a bound quoted in a claim
    # words of the question found in the sentence cited for the one thing named describe it as its source does
    ("本土企业开发的中国-东盟中小企业贸易促进平台服务了多少家东盟企业？", V("200")),
    ("How many cities did the State Council's reply on cross-border e-commerce pilot zones cover?", V("22")),
    ("I keep reading about Liubei District in reports. Which prefecture-level city is it in?", L("Liuzhou")),
    # a place asked to hold a kind (有没有, does it have): yes with those it holds, or no by the division data
    ("梧州市下面有县级市吗？", L("是: 岑溪市", "岑溪市")),
    ("北海有没有自治县？", L("否：北海市下面没有自治县（据行政区划数据）")),
    ("Does Guilin have any autonomous counties?", P("yes: ")),
    ("出产六堡茶的那个市下面有县级市吗？", P("是: 岑溪市")),
    ("2017年广西跨境电商交易额是不是已经过了400亿？", P("是")),  # 过了400亿: a threshold
    ("Did Guangxi's rural e-commerce training go past 150,000 person-times?", P("yes")),
    ("Baise or Hechi: which has more counties, leaving out districts and county-level cities?", F("Hechi: 9")),
    ("广西个人网店数量在西部各省份里名列第几？", V("54935", "3")),
    ("物流配送网点数和农产品网销单品数，哪个多？", P("物流配送网点数（累计） 2228个 > ")),
    ("钦州保税港区国际商品直销中心的生意做到四川去了没？", P("是")),
    ("汉塘村应该在浦北县吧？", P("否")),
    ("融安金桔没走电商的时候多少钱一斤？", V("2")),
    ("What informations does the graph have about Vipshop?", P("came to develop in")),
    ("融安模式是咋回事？", P("融安县 —采用模式→")),
    ("Source for Baise mango originating from Baise?", P('"Guangxi e-commerce')),
    ("Tell me what the graph says about the 'E-commerce + farmers' cooperative + poor households' model.", P("Rong'an County")),
    ("桂茶那几种茶，哪种产地最靠西？", L("百色凌云茶 (凌云县)")),  # by the coordinates of each product's origin
    ("Which of the Guangxi rice noodles comes from furthest south?", L("Nanning laoyou noodles (Nanning)")),
    # the things listed at the far end of a relation (bodies that issued policies), and a class asked of the
    # other end (products that come from a county) never dropped
    ("Which organisations issued the policies in the graph?", P("General Office of the People's Government")),
    ("哪些产品产自县？", L("万寿谷核桃鸡: 凤山县", "横县茉莉花茶: 横州市", "百色凌云茶: 凌云县", "融安金桔: 融安县")),
    ("Where is Hengzhou, the jasmine tea place?", P("Hengzhou (county-level city) is in Nanning")),
    ("Is the China-ASEAN Information Harbor E-commerce Forum scheduled for 13 September 2018?", P("yes")),
    ("Baise mango comes from Baise or not?", P("yes")),
    # a document cited by part of its title in 《》
    ("印发《“互联网+流通”行动计划实施方案》那份通知的机关，还发过哪份文件？",
     L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见")),
    ("发布《“互联网+流通”行动计划实施方案》那份通知的单位，还发过哪份文件？",
     L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见")),
    # a kind qualified by a topic (cross-border e-commerce platform): the sentence behind the thing must call it so
    ("Is SAP a cross-border e-commerce platform?", L("yes: SAP (Platform)")),
    ("京东是跨境电商平台吗？", P("否（图谱没有这样记载")),
    ("What is Fangchenggang connected to in the graph?", L("located in: Guangxi Zhuang Autonomous Region", "Gangkou District —located in→ Fangchenggang",
                                                          "Fangcheng District —located in→ Fangchenggang", "Shangsi County —located in→ Fangchenggang",
                                                          "Dongxing (county-level city) —located in→ Fangchenggang",
                                                          "Fangchenggang golden camellia tea —originates from→ Fangchenggang")),
    ("List Hechi's counties that are not autonomous counties.",
     L("Donglan County", "Fengshan County", "Nandan County", "Tian'e County")),
    # a total of a place asked, and the graph's figure is of one product from a village inside it
    ("灵山县的果苗2017年加起来一共卖了多少钱？", R()),
    ("What did all of Lingshan County's fruit seedlings sell in total in 2017?", R()),
    ("灵山县汉塘村果苗2017年卖了多少？", V("160000000")),
    # part of a year asked: a figure of January to July answers no half year or quarter
    ("广西2018年上半年网络零售额有多少？", R()),
    ("Guangxi's online retail sales in the first half of 2018?", R()),
    ("广西2018年一季度电子商务交易额是多少？", R()),
    ("广西2018年前七个月网络零售额有多少？", V("52800000000")),
    ("Guangxi online retail sales, January to July 2018?", V("52800000000")),
    ("2018年1到7月广西网上零售额到没到500亿？", P("是")),
    # a cause asked: the graph states none
    ("为什么南宁香蕉卖得比百色芒果多？", R()),
    ("Why were Nanning banana sales so much larger than Baise mango's?", R()),
    # the most within a named group: its members only, refused when none or one of them has the figure
    ("广西米粉里面哪一种销量最好？", R()),
    ("Of the Guicha teas, which one sells best?", R()),
    # things named to be left out of a count, and of any answer
    ("除掉广西以外，图谱里还有几个省级行政区？", L("4")),
    ("Apart from Guangxi, how many provinces does the graph hold?", L("4")),
    ("除了南宁，综试区还在哪些地方？", L("北京市")),
    # the article as where things are listed: the things, not the source
    ("文章里都提到了哪些省市？除了广西。", L("北京市", "四川省", "江西省", "湖南省")),
    # a lead clause that asks nothing and names the place again (or refers back to it) is context
    ("下个月要去港南区出差，港南区归哪个地级市管？", L("贵港市")),
    # a division code written in place of a name
    ("区划代码450803对应的地方属于哪个市？", L("贵港市")),
    ("Which prefecture is the place with code 450127 in?", L("Hengzhou (county-level city)", "Nanning")),  # an old code: 横州市 now
    # old postal names spelt from Cantonese
    ("Which prefecture is Tunghing in?", L("Fangchenggang")),
    # the places above the one place a thing is in, for a full chain asked
    ("南宁跨境商品直购体验中心在什么地方？要完整的行政隶属关系。", P("")),
    # everyday English for where a place belongs
    ("Is Lingshan County under the jurisdiction of Qinzhou?", P("yes")),
    ("Mengshan County is managed by which city?", L("Wuzhou")),
    ("Shanglin County reports to which prefecture?", L("Nanning")),
    ("Jiangnan District is in Liuzhou, yes?", P("no")),
    # a rename checked against the year asked
    ("横县改名叫横州市是2020年的事吗？", P("否")),
    ("Was Hengxian renamed Hengzhou in 2021?", P("yes")),
    # a growth over the year before is year-on-year growth, not a price before
    ("By what percentage did Guangxi's online retail sales grow over the year before, January to July 2018?",
     P("Guangxi Zhuang Autonomous Region online retail sales, year-on-year growth: 13.4")),
    # a money figure asked by its kind
    ("What is the biggest yuan amount the graph holds?", F("Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000 yuan (CNY) (7056亿元)")),
    # an English word every cited sentence says of what it states (rural)
    ("How many service stations had been built in rural Guangxi by July 2018?", V("3101")),
    ("What were Guangxi's online retail sales in rural areas in 2018?", V("5900000000")),  # rural areas: rural
    ("What were Guangxi's online retail sales in poor mountain areas in 2018?", R()),
    # a misspelt -y plural
    ("How many ASEAN companys has the China-ASEAN SME Trade Promotion Platform served?", V("200")),
    # a possessive place says which one is meant
    ("Which lies further north, Dongxing or Fangchenggang's Shangsi County?", L("Shangsi County")),
    # outsold: a comparison of sales
    ("Did Baise mango outsell Nanning banana in 2017?", P("no")),
    # the counties of a prefecture, asked tersely
    ("Counties of Beihai, not the districts?", L("Hepu County")),
    # a second part about the first part's answer, named as "that body" / 该单位
    ("Who hosts the China-ASEAN Information Harbor E-commerce Forum — and what policy did that body issue?",
     L("hosted by: People's Government of Guangxi Zhuang Autonomous Region", "Opinions of the regional government on accelerating e-commerce development")),
    # when a place was renamed: the date first
    ("横州市是什么时候改名的？", P("2021-02-03")),
    ("When did Heng County change its name?", P("2021-02-03")),
    # the place a product comes from, named through the product (出自的那个村子)
    ("“金苗苗”来自的那个村子有什么称号？", L("淘宝村")),
    # everyday wording: where is it written, set out, topping, 之列, 那条路
    ("Where is it written that Vipshop came to Guangxi to develop?", P("\"Guangxi e-commerce's new leap")),
    ("京东在入桂发展的电商企业之列吗？", P("是")),
    ("融安金桔走了合作社模式那条路以后卖多少钱一斤？", V("40")),
    ("Could you set out the counties of Fangchenggang, not the districts?", L("Shangsi County", "Dongxing (county-level city)")),
    # several unknown words are a name not recognised, never explained by the sentence cited
    ("Did the State Council issue the reply approving the 22 pilot zones for trade?", R()),
    # double digits of growth: 10% or more
    ("2017年广西跨境电商交易额同比增速达到两位数了吗？", P("是")),
    ("Did Guangxi's online retail sales grow by double digits in January to July 2018?", P("yes")),
    # which report states a growth: the source, not the growth
    ("Which article states the 13.4% growth of Guangxi's online retail sales?", P("\"Guangxi e-commerce's new leap")),
    # everyday wording: offline stores, governing, a year earlier, 记了些什么
    ("How many offline stores has the Qinzhou bonded port international goods centre opened?", V("30")),
    ("Mengshan, which prefecture-level city is governing it?", L("Wuzhou")),
    ("乐村淘是做什么的？图谱里关于它记了些什么？", L("开展农村电商业务: 广西壮族自治区")),
    # a topic named beside a figure qualifies it: e-commerce's jobs are no answer for cross-border e-commerce
    ("跨境电商在广西带动了多少人就业？", R()),
    ("How many jobs did e-commerce create in Guangxi, directly and indirectly?", V("120000")),
    # a possessive place: only a place in a place; Fengshan's scheme is Fengshan's
    ("How many poor households has Fengshan's walnut chicken linkage lifted out of poverty?", V("10000")),
    # an increase in yuan asked, and only the rate stated: refused
    ("By how many yuan did Guangxi's online retail sales grow year on year in January to July 2018?", R()),
    # a count of bags, tonnes or pieces asked: a figure in yuan is no answer
    ("柳州螺蛳粉2017年卖了多少包？", R()),
    ("How many tonnes of Baise mango were sold in 2017?", R()),
    # where did it rank: a rank asked; among all provinces is not among the western ones
    ("Where did Guangxi rank among the western provinces for individual online shops in 2017?", V("54935", "3")),
    ("Where did Guangxi rank among all Chinese provinces for online shops?", R()),
    # a place in a ranking asked yes or no
    ("广西的个人网店数量在西部省份中排第三吗？", P("是")),
    ("Was Guangxi first among the western provinces for online shops in 2017?", P("no")),
    # one place said to be another: no
    ("北海市是钦州市吗？", P("否")),
    # a policy named through its issuer and a description (国务院那份…的批复)
    ("国务院那份同意设综试区的批复在图谱里跟哪些东西有关联？", P("")),
    # everyday wording: main body, discussion topics, 身份, 上级行政区一层层, up to the autonomous region
    ("What age group is the main body of Guangxi's e-commerce entrepreneurs?", P("Guangxi Zhuang Autonomous Region age of the main group")),
    ("What were the discussion topics of the China-ASEAN Information Harbor E-commerce Forum?",
     L("cross-border e-commerce", "coordinated development of e-commerce and logistics", "rural e-commerce development")),
    ("京东在图谱里是什么身份？", P("")),
    ("港口区在哪儿？把上级行政区一层层写出来。", P("港口区位于广西壮族自治区防城港市")),
    ("Gangkou District: give me the chain up to the autonomous region.", P("Gangkou District is in Fangchenggang")),
    ("按坐标，北纬22度以南的地级市有几个？", L("3")),
    # a source asked by name: only the source answers (同比 is no comparison)
    ("网络零售额同比增长13.4%这句话出自哪篇文章？", P("《广西电商新跨越 经济增长新引擎》")),
    # a chain whose middle step is the class asked (哪个村, then that village's title)
    ("金苗苗产自哪个村？这个村获得过什么称号？", L("汉塘村", "淘宝村")),
    # a name set aside for another: the question corrects it
    ("Not Fengshan, I mean Fangchenggang. Which province is that in?", L("Guangxi Zhuang Autonomous Region")),
    ("不是融水，我说的是融安县，它归哪个市管？", L("柳州市")),
    # a yes/no question of one thing's relation: yes first, with the fact; 那边 refers back to the place of the lead
    ("乐村淘做没做农村电商业务？", P("是: 乐村淘 —开展农村电商业务→")),
    ("我们在广西找合作平台。京东在那边开展农村电商业务吗？", P("是")),
    # a document's count is national (全国一共); a place's never is
    ("综试区那份批复全国一共同意了几个城市？", V("22")),
    ("全国有多少个国家电子商务进农村综合示范县？", R()),
    # now is no price word
    ("Is Lingui a district of Guilin now?", P("yes")),
    # ordinary counties, not autonomous ones: 县 only, less 自治县
    ("Which of Baise's counties are ordinary counties, not autonomous ones?",
     L("Debao County", "Leye County", "Lingyun County", "Napo County", "Tianlin County", "Tiandong County", "Xilin County")),
    # which of two places has more of a kind (哪个县多: the counties counted)
    ("梧州和贺州哪个县多？", L("梧州市: 7")),
    # a claim quoted in other words (电商 for 电子商务): its number and the ends of its runs find the sentence
    ("“电商直接和间接带动就业约12万人”这句话出自哪篇报道？", P("《广西电商新跨越 经济增长新引擎》")),
    # the source of a place lying in another: the division data
    ("秀峰区隶属桂林市的数据来自哪里？", P("《广西行政区划参考数据》")),
    ("What data puts Pubei County under Qinzhou?", P("\"Guangxi administrative divisions (reference data)\"")),
    # with no place named, which prefecture asks for the prefectures (north of a line of latitude)
    ("Which prefecture cities are north of 24.5 degrees N?", L("Guilin", "Hechi")),
    # a relation said in a clause closed by 的 before the figure asked describes whose figure it is
    ("汉塘村那些在网上卖果苗的村民，一年能挣多少？", V("100000–200000")),
    # a fraction set against a percentage (past two thirds); a fraction of another figure is not read so
    ("Has Guangxi's rural e-commerce coverage passed two thirds?", P("yes")),
    ("广西农村电商覆盖率超过一半了吗？", P("是")),
    ("Is Guangxi's rural e-commerce coverage below three quarters?", P("not confirmed:")),
    ("Was Guangxi's cross-border e-commerce more than a tenth of its total e-commerce volume in 2017?", R()),
    # several names left out of a list (除了阿里巴巴和京东)
    ("除了阿里巴巴和京东，还有哪些平台在广西开展农村电商业务？", L("乐村淘", "赶街")),
    # the places within each of two places named: either's, one list; each's count when 各 is said
    ("梧州和玉林各有哪些县级市？", L("北流市", "岑溪市")),
    ("梧州和玉林各有多少个县？", L("梧州市: 7（其中县 3 个）", "玉林市: 7（其中县 4 个）")),
    # a total of a town or county where the graph has one village's product (总销售额, 销售总额)
    ("2017年武利镇果苗的总销售额是多少？", R()),
    # the national cross-border volume is not Guangxi's trade worked out from a share
    ("2017年全国跨境电商交易额有多少？", R()),
    ("广西54935家网店占全国的0.8%，全国大约有多少家网店？", P("广西壮族自治区 个人网店数量")),
    # one month or one quarter asked: a figure of January to July or of the year answers neither
    ("Guangxi online retail sales in June 2018?", R()),
    ("2017年第三季度广西跨境电商交易额是多少？", R()),
    ("截至2018年7月，广西累计建成多少个物流配送网点？", V("2228")),
    # a unit asked that no figure reaches (US dollars): refused, not yuan per kilogram
    ("How much is a kilo of Rong'an kumquats in US dollars now?", R()),
    # a question asking one thing of several names, and some name has no fact: refused
    ("The forum on the Information Harbor was held in Liuzhou, wasn't it? Which venue in Liuzhou hosted it?", R()),
    # a founder, owner or a person's name: the graph holds none
    ("Who founded JD, and when?", R()),
    ("乐村淘的创始人是谁？", R()),
    ("汉塘村那个一年挣十几万的村民叫什么名字？", R()),
    # a misspelt name of one character before its place ending (腾县 for 藤县)
    ("腾县归哪个地级市？", L("梧州市")),
    # where of nothing named is refused, never a list of places
    ("某县是哪个地级市的？", R()),
    # a place of the kind counted lying in the place named is an example, no condition; 不用算 leaves a kind out
    ("钦州一共有几个县？市辖区就不用算了。", L("2")),
    ("How many county-level divisions does Qinzhou have, counting districts and Lingshan?", P("county-level divisions: 4")),
    ("崇左有几个县？凭祥那种县级市和市辖区不用算。", L("5")),
    # an old name said in brackets tells which place is meant; no rename is asked
    ("横州（以前叫横县）在图谱里和哪些东西有关联？", L("位于: 南宁市", "横县茉莉花茶 —产自→ 横州市")),
    # a thing that is no place is never one of "either place" (Ganjie: refused, not the villages of Guangxi)
    ("How many villages in Guangxi does Lecuntao cover?", R()),
    # a span of months written 1月到7月
    ("2018年1月到7月，广西网络零售额一共多少？", V("52800000000")),
    # which part of a place a thing comes from; the source of a claim that one thing is a kind of another
    ("Baise mango: which part of Guangxi is it from?", L("Baise")),
    ("说桂林米粉属于广西米粉，这个说法出自哪里？", P("《广西电商新跨越 经济增长新引擎》")),
    ("说柳州螺蛳粉属于广西米粉，这个说法是从哪里来的？", P("《广西电商新跨越 经济增长新引擎》")),
    ("北海市属于钦州市，这个说法对吗？", P("否")),
    # a lead before a colon about the asker (an investor asked me) asks nothing
    ("A Malaysian investor asked me this: which platforms run rural e-commerce in Guangxi?", P("")),
    # a relation named by two words together (按…模式运营: its operating model)
    ("钦州保税港区国际商品直销中心是按跨境电商O2O线下体验店模式运营的吗？", P("是")),
    # a yes/no question that gives no number, answered by a figure above zero: yes first, with the figure
    ("Does the China-ASEAN SME Trade Promotion Platform actually serve ASEAN companies?", P("yes: ")),
    ("中国-东盟中小企业贸易促进平台服务过东盟企业吗？", P("是: ")),
    # an increase each year on average, in yuan: the absolute increase over the years, first
    ("2013到2017年，广西电子商务交易额平均每年增加多少亿元？", F("平均每年增加 144750000000 元")),
    # where an event was held, as a phrase (its own year before it), and 包括下属县市 asks no class
    ("2018年中国-东盟信息港电子商务论坛举办城市的特产有哪些？（包括下属县市）", L("南宁老友粉", "南宁香蕉", "横县茉莉花茶")),
    ("What products come from the city that hosted the China-ASEAN Information Harbor E-commerce Forum?",
     L("Nanning banana", "Nanning laoyou noodles", "Hengxian jasmine tea")),
    ("南宁的特产有哪些？包括下属县市", L("南宁老友粉", "南宁香蕉", "横县茉莉花茶")),
    # who is connected to a thing: what it is related to; "behind" alone asks no source (who is behind Ganjie)
    ("Who is connected to the offline cross-border e-commerce supervision centre in the graph?",
     L("Dongxing (county-level city) —builds→ offline cross-border e-commerce supervision centre", "Pingxiang (county-level city) —builds→ offline cross-border e-commerce supervision centre")),
    ("Who is behind the Ganjie platform?", R()),
    # "that area" refers back to a place the question described (a bonded port area), no floor area
    ("The Qinzhou international goods direct-sales centre sits in a bonded port area. Which district is that area in?",
     L("Qinnan District")),
    # a relation word the cited sentence says (built, in the rural e-commerce network) is the figure's own
    ("By July 2018, how many logistics delivery outlets had been built in Guangxi's rural e-commerce network?", V("2228")),
    ("截至2018年7月，广西农村电商体系建了多少个物流配送网点？", V("2228")),
    ("what age range are most e-commerce entrepreneurs in Guangxi?", P("Guangxi Zhuang Autonomous Region age of the main group")),
    ("Qinzhou bonded port direct-sales centre: how many offline experience shop it has opened?", V("30")),
    ("The China-ASEAN SME Trade Promotion Platform, until now it has served how many ASEAN company?", V("200")),
    ("Pingnan county is under the management of what city, please?", L("Guigang")),
    ("Shanglin County reports to which prefecture-level government?", L("Nanning")),
    ("中国-东盟信息港电子商务论坛举办的那座城市，正在实施哪个试点项目？", L("跨境电子商务综合试验区")),
    # a number set against the count of a designation's holders the graph states (47 demonstration counties)
    ("Did more than 60 Guangxi counties win the national rural e-commerce demonstration county title?", P("no: ")),
    ("广西获评国家电子商务进农村综合示范县的县有没有超过40个？", P("是: ")),
    # a misspelt name read with the level character after it (龙墟区: 龙圩区)
    ("龙墟区归玉林市管，对吧？", P("否: ")),
    # the zone a facility lies in, as a phrase; 是钦州哪个区的 asks where
    ("钦州保税港区国际商品直销中心所在的那个保税港区，是钦州哪个区的？", L("钦南区")),
    # 叫什么 after a class word asks their names, not a rename
    ("梧州六堡茶产地那个市，下辖的县级市叫什么？", L("岑溪市")),
    ("横县后来叫什么？", L("横州市")),
    # stated or derived: after the answer, how it is known (a rule named, facts joined, or stated)
    ("Was the Zhuang Sanyuesan e-commerce festival held in Guangxi? Is that stated or inferred?",
     L("yes: \"Zhuang Sanyuesan\" e-commerce festival —held in→ Guangxi Zhuang Autonomous Region",
       "not stated as such: derived by rule (held where the report is about)")),
    ("南宁香蕉产自广西，这是原文写的还是推断的？", L("是: 南宁香蕉 —产自→ 南宁市 —位于→ 广西壮族自治区", "不是原文直接写的，是由几条原文事实连起来得出的")),
    ("“壮族三月三”电商节在广西举办，这是原文写的还是推断出来的？", P("是: ")),
    # claims checked: a figure said to pass its number holds that number; a number the figure rules out is a no
    ("经查，该报道称柳州螺蛳粉年销售额突破30亿元，请予以核实。", P("是: ")),
    ("I read that Liuzhou snail noodles sold 3 billion yuan in 2017 — correct?", P("more than that: ")),
    ("服务东盟企业数是200家吗？", P("不止这个数: ")),  # 200多家 is more than 200, never a plain 是
    ("受益人数是10万人吗？", P("不止这个数: ")),
    ("受益人数是5万人吗？", P("否: ")),
    ("Is it true Guangxi had 60000 individual online shops in 2017?", P("no: ")),
    ("广西2017年个人网店是54935家吗？", P("是: ")),
    ("南宁香蕉年销售额是100亿元吗？", P("南宁香蕉 年销售额: 突破")),
    # formal and chatty words that ask nothing
    ("特此询问，凤山县隶属于哪个地级市？", L("河池市")),
    ("Kindly advise the prefecture-level city to which Lingshan County is subordinate.", L("Qinzhou")),
    ("which city fengshan county belong", L("Hechi")),
    ("Please confirm whether Fengshan County adopted the walnut chicken linkage model.", P("yes: ")),
    ("南宁香蕉一年卖多少钱呢？好奇哈", V("8000000000")),
    ("据悉广西农村电商服务站点已建成3101个，该数据出处为何？", P("《广西电商新跨越 经济增长新引擎》")),
    # the exact value behind a bound or an approximation is not stated; an exact figure answers
    ("南宁香蕉2017年的销售额具体是多少亿元？", R()),
    ("What exactly were Nanning banana sales in 2017, to the yuan?", R()),
    ("2017年广西电子商务交易额具体是多少？", V("705600000000")),
    # one part of a combined figure (direct jobs of jobs created directly and indirectly) is not stated alone
    ("直接和间接带动的就业人数里，直接就业有多少？", R()),
    ("电商直接和间接带动了多少人就业？", V("120000")),
    # a thing's own web address, postcode, street or population: none held (never the article's link)
    ("乐村淘的网址是什么？", R()),
    ("What is the URL of Lecuntao?", R()),
    ("这篇文章的网址是什么？", P("《广西电商新跨越 经济增长新引擎》")),
    ("What is the postcode of Fengshan County?", R()),
    ("汉塘村具体在哪条路上？", R()),
    ("凤山县有多少人口？", R()),
    # a thing described in a lead and referred back to after it; a place at the class word says where it lies
    ("The China-ASEAN SME trade platform serves one region. Which facility in Nanning sells goods from that same region?",
     L("Nanning cross-border goods direct-purchase experience centre")),
    ("Which facilities in Qinzhou reach Hunan?", L("Qinzhou Bonded Port Area international goods direct-sales centre")),
    ("哪个设施在卖来自东盟的商品？", L("南宁跨境商品直购体验中心")),
    # a claim reported in a first sentence: its names are no part of the question that names its own
    ("有说法称金花茶产自崇左。图谱里防城港金花茶的产地到底在哪？", F("防城港市")),
    # 广西 written before a name that begins with it is part of that name
    ("广西桂茶到底包括哪些茶啊？列一下呗", L("百色凌云茶", "防城港金花茶", "横县茉莉花茶", "梧州六堡茶")),
    # the cumulative figure when 累计 is said; the divisor said again after 每个
    ("请测算：截至2018年7月，农村网络零售额累计59亿元，按同期累计建成的服务站点数平均，每个站点约合多少元？",
     F("农村网络零售额（累计） ÷ 农村电商服务站点数（累计）：约 1902612 元")),
    # chat abbreviations; a number in Chinese numerals with its scale is an amount, no unknown word
    ("how many ppl got jobs bc of e-comm in guangxi roughly", V("120000")),
    ("which platforms do rural ecomm in guangxi pls", L("Alibaba", "Ganjie", "JD.com", "Lecuntao")),
    ("有人说广西电商交易额四年涨了五千多亿。按2013年和2017年的数，到底增加了多少？", P("广西壮族自治区")),
    ("Per the NBS 2023 division data, which prefecture-level city does Tiandeng County fall under?", L("Chongzuo")),
    # stated or derived asked yes or no: that verdict first; of a list, the things a derived fact lists
    ("“中国-东盟信息港电子商务论坛在广西举办”这条关系，是原文直接写的吗？还是推断出来的？", P("否: ")),
    ("Is it stated that Baise mango comes from Guangxi?", P("no: not stated as such")),
    ("哪些活动“在广西举办”是推断出来的，而不是原文直接写的？", P("")),
    # link as a verb asks what a thing is related to; a described name after 想了解 is read whole, nothing else
    ("What does the graph link JD to?", L("came to develop in: Guangxi Zhuang Autonomous Region",
                                          "operates rural e-commerce in: Guangxi Zhuang Autonomous Region")),
    ("我们想了解一下边境监管：建设线下跨境电商监管中心的那几个城市，分别归哪个地级市管？", L("防城港市", "崇左市")),
    ("What business model does the centre in the Qinzhou bonded port run, and which other facility runs the same model?",
     P("Cross-border e-commerce O2O offline experience store")),
    ("By how many yuan per jin did the price of Rong'an kumquats go up after the model?", P("Rong'an kumquat price before")),
    # 这个地区 refers back to the first part's answer
    ("中国-东盟中小企业贸易促进平台服务的是哪个地区的企业？图谱里还有哪个设施在卖来自这个地区的商品？", L("服务对象: 东盟", "南宁跨境商品直购体验中心")),
    # words of names are never question words (government, promotion, road): the names are still read
    ("What did the People's Government of Guangxi issue?", L("Opinions of the regional government on accelerating e-commerce development")),
    ("What does the trade promotion platform do?", P("serves: ASEAN")),
    ("what's the source for guangxi being a node of the belt & road?", P('"Guangxi e-commerce')),
    ("The SME trade promotion platform serve some region. Which facility sell products from the same region?",
     L("Nanning cross-border goods direct-purchase experience centre")),
    # part of a bigger group: the kind a thing is of; in western China: the western provinces' ranking
    ("guilin rice noodles r part of a bigger noodle group right, what industry chain is that group in",
     F("Guangxi rice-noodle industry chain")),
    ("A press release says Guangxi ranked second in western China for individual online shops in 2017. What rank does the "
     "source actually give?", V("54935", "3")),
    ("Tunghing city near the Vietnam border — what thing it is connected to in your data?", P("adopts model: ")),
    # a product's name without its place, when one product's name ends so; 米粉 ends several
    ("芒果和香蕉谁卖得多", F("南宁香蕉")),
    ("金桔以前多少钱一斤", V("2")),
    # a kind asked that is no place is never answered by where the thing lies
    ("柳州螺蛳粉归哪个产业", R()),
    ("which industry luosifen belong", R()),
    # where a number came from asks its source; where a product came from is its origin
    ("这个数哪来的：3101个服务站点", P("《广西电商新跨越 经济增长新引擎》")),
    ("where u get the 3101 stations number", P('"Guangxi e-commerce')),
    ("兹询问：百色芒果2017年度销售额若干？", V("3800000000")),
    ("tell me bout fengshan", P("adopts model: ")),
    # second-language English: the forum of X (the X forum), in which date, make, center
    ("The forum of China ASEAN information harbor is hold in which date?", F("2018-09-13")),
    ("Which platform make rural e-commerce in Guangxi? Please list.", L("Alibaba", "Ganjie", "JD.com", "Lecuntao")),
    ("How many merchant in Nanning cross-border goods center?", V("400")),
    ("Who make the forum? Who is host?", L("People's Government of Guangxi Zhuang Autonomous Region")),
    # formal Chinese: 为何 after a noun asks what; 实施主体 asks who implements; 列明 lists; 上述报道中所列 asks nothing
    ("请说明“电商广西 电商东盟”工程之实施主体。", L("广西壮族自治区")),
    ("请问横州市原名为何？何时更名？", L("2021-02-03", "横县")),
    ("请列明广西桂茶产业所含茶品。", L("梧州六堡茶", "横县茉莉花茶", "百色凌云茶", "防城港金花茶")),
    ("烦请告知上述报道中所列国家电子商务进农村综合示范县的数量。", V("47")),
    ("兹就中国-东盟信息港电子商务论坛之主办单位事宜询问，请予答复。", L("广西壮族自治区人民政府")),
    ("拟请提供2017年度广西跨境电子商务交易额及同比增速。", V("28.8", "42500000000")),
    # a figure held by the one thing tied to every name (the linkage Fengshan adopted that involves the walnut
    # chicken); never a thing's figure for a place (Baise's sales are not the mango's)
    ("凤山那个核桃鸡扶贫带了多少户脱贫呢", V("10000")),
    ("How many households did Fengshan walnut chicken lift out of poverty?", V("10000")),
    ("百色市年销售额是多少？", R()),
    ("Has Lecuntao opened service stations in Baise?", R()),
    # "the 22 cities reply": words of its own name before the kind word; ordinals and a singular "western province"
    ("who issue the 22 cities reply", L("State Council")),
    ("is guangxi third in western province for shops", P("yes: ")),
    # refused: a currency, a weight or a breakdown no figure is in; the things a count counts; each part of a combined
    # figure; a group's total from one member's figure; a ranking of several when some have no figure
    ("2017年广西跨境电商交易额折合多少欧元？", R()),
    ("2017年南宁香蕉卖了多少万斤？", R()),
    ("Of the 422 billion yuan of e-commerce transactions in January-July 2018, how much was B2B?", R()),
    ("Name the agricultural products that make up the 1,826 developed for online sale.", R()),
    ("约12万就业人数里，直接就业和间接就业各有多少人？", R()),
    ("广西米粉2017年一共卖了多少钱？", R()),
    ("Rank Guilin rice noodles, Nanning laoyou noodles and Liuzhou luosifen by their 2017 sales.", R()),
    ("Rank Nanning banana, Baise mango and Liuzhou luosifen by their 2017 sales.", P("Nanning banana annual sales")),
    ("How many agricultural products were developed for online sale?", V("1826")),
    # a place written at a thing it is tied to says which thing; what links A and B asks the path between them
    ("What do you know about the offline supervision centre in Pingxiang?",
     L("Dongxing (county-level city) —builds→ offline cross-border e-commerce supervision centre", "Pingxiang (county-level city) —builds→ offline cross-border e-commerce supervision centre")),
    ("In your graph, what links Sichuan province to Guangxi's e-commerce?",
     L("Qinzhou Bonded Port Area international goods direct-sales centre —business reaches→ Sichuan")),
    ("What links Baise mango and Guangxi?", F("Baise mango —originates from→ Baise —located in→ Guangxi Zhuang Autonomous Region")),
    ("What dataset version is used for the county list?", F('"Guangxi administrative divisions (reference data)", NBS 2023 edition (cut-off 2023-06-30)')),
    ("What's the story with Zhijian Yuntu?", P("came to develop in: ")),
    ("Does JD work in rural Guangxi?", P("yes: ")),
    # an English word that ends one product's name (mango, bananas)
    ("What's the combined sales of luosifen and mango?", P("combined: at least 6800000000")),
    ("Where do mangoes come from?", F("Baise")),
    # "the forum" names the one forum; "the forum on …" describes one
    ("Reports say the forum will be held in Guilin. Is that correct?", P("no: ")),
    ("What festivals are there?", L('"Zhuang Sanyuesan" e-commerce festival', "E-commerce New Year goods festival")),
    ("有哪些电商节？", L("“壮族三月三”电商节", "电商年货节")),
    ("I heard Lecuntao came to Guangxi to develop — right?", P("not confirmed")),  # the sources list who came with 等
    ("It's claimed that 47 counties won the demonstration title. Can you confirm?", P("yes: ")),
    ("I read the Sina article. What were the sales of Nanning banana?", V("8000000000")),
    # the order of events: no source dates more than one
    ("Which came first, the forum or the summit?", R()),
    # a figure the source worked out itself: stated, and how it was worked out
    ("Recompute the average annual growth from the 2013 and 2017 e-commerce volumes. Which derivation does the graph name for "
     "the stated 53.3%, and does your result match it?",
     P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3")),
    # districts and counties: every county-level unit
    ("Please list all the districts and counties of Qinzhou.", L("Lingshan County", "Pubei County", "Qinbei District", "Qinnan District")),
    ("钦州有哪些县和县级市？", L("浦北县", "灵山县")),
    ("请问三江侗族自治县位于何处？烦请一并提供其经纬度。", F("三江侗族自治县位于广西壮族自治区柳州市（纬度 25.783198、经度 109.607675）")),
    # a lead about the asker that ends naming the topic (想了解一下…): the topic is read whole
    ("我们是越南一家做零食出口的公司，想了解一下南宁那个跨境商品直购体验中心，里面的商品SKU大概有多少个？", V("50000")),
    # a lead about the asker in the first person, and a courtesy after the question
    ("I grew up in Liuzhou and still miss the river snail rice noodles. How much did they sell in 2017?", V("3000000000")),
    ("I need Baise mango sales in 2017, please?", V("3800000000")),
    ("We truck goods through the border crossings around Jingxi. Is Jingxi a county-level city under Chongzuo?",
     P("no: Jingxi (county-level city) —located in→ Baise")),
    ("We import fruit. Did Baise mango sales exceed 3 billion yuan in 2017?", P("yes: Baise mango annual sales")),
    # syllables written apart in an older romanisation; a kind word glossed in pinyin or Chinese
    ("Where does Liu Pao tea come from?", L("Wuzhou")),
    ("Number of counties (xian) under Wuzhou?", L("3")),
    ("How many counties proper does Wuzhou have?", L("3")),
    ("梧州有几个县（不含区和县级市）？", L("3")),
    # one place's two names with becoming between them: its change of name
    ("Which source says Hengxian county became Hengzhou city?", L('"README of the Guangxi divisions reference data"')),
    ("Where does the information that Hengxian county became Hengzhou city come from?",
     L('"README of the Guangxi divisions reference data"')),
    ("横县什么时候变成横州市的？", P("2021-02-03")),
    ("Where does the graph get its information on Tianyang District from?",
     P('"Guangxi administrative divisions (reference data)"')),
    # a word two relations share, read by the domain of the thing named
    ("Does the Qinzhou Bonded Port direct-sales centre follow the cross-border O2O offline experience store model?",
     P("yes: Qinzhou Bonded Port Area international goods direct-sales centre —implements model→")),
    ("Did Rong'an follow the cooperative model?", P("yes: Rong'an County —adopts model→")),
    # a thing named by part of its name and the rest of its words after it
    ("That SME trade promotion platform between China and ASEAN: how many ASEAN enterprises has it served?", V("200")),
    # the words of the figure's own name; a bound said after its number
    ("Did e-commerce create 150,000 jobs or more in Guangxi, directly and indirectly?", P("no: Guangxi Zhuang Autonomous Region jobs")),
    ("roughly how many jobs has e-commerce created in guangxi, directly or indirectly?", V("120000")),
    ("Were there 400 merchants or more in the Nanning cross-border goods experience centre?", P("yes:")),
    # a larger number than an open lower bound (超400家) is neither confirmed nor ruled out: said so, with the figure
    ("Someone told me the Nanning cross-border goods experience centre has over 4,000 merchants. True?", P("not confirmed:")),
    ("有人说南宁跨境商品直购体验中心入驻商家超过4000家，对吗？", P("无法证实")),
    # where it says so, in what words: the source and its sentence
    ("Which article says laoyou fen is one of the Guangxi rice noodles, and in what words?", P("“With the full breakthrough")),
    ("Where does it say that the Qinzhou bonded port centre's business has reached Jiangxi, Sichuan and Hunan?",
     P('"Guangxi e-commerce\'s new leap')),
    # the place a thing is named for; its place of origin, not what comes from there
    ("The jasmine tea named after Hengxian: which prefecture is its place of origin in?", L("Nanning")),
    ("Hengxian jasmine tea's place of origin lies in which prefecture?", L("Nanning")),
    ("What is Hengxian jasmine tea's place of origin?", L("Hengzhou (county-level city)")),
    # more than N times: the ratio worked out, then yes or no
    ("Was Guangxi's 2017 e-commerce transaction volume more than five times its 2013 level?", P("yes: 2017 was 5.57 times 2013")),
    ("Was Guangxi's 2017 e-commerce volume less than 5 times its 2013 volume?", P("no: 2017 was 5.57 times 2013")),
    ("广西2017年电子商务交易额超过2013年的6倍了吗？", P("否：2017年是2013年的 5.57 倍")),
    # greetings, phrasal verbs, everyday words (set 47's wordings, rephrased)
    ("Hello! Could you tell me where Hantang Village is? We hope to visit the growers.", P("Hantang Village is in Wuli Town")),
    ("wheres sanjiang", P("Sanjiang Dong Autonomous County is in Liuzhou")),
    ("Walk me through Alibaba's connections in the graph.", P("operates rural e-commerce in: Guangxi")),
    ("How much did Baise mangoes rake in during 2017?", V("3800000000")),
    ("Is it true that Baise mango sales broke through the 3 billion yuan mark in 2017?", P("yes: Baise mango annual sales")),
    ("Has Google really got an office in Guangxi, or is that just a rumour?", P("no")),
    ("Which e-commerce platforms have established themselves in Guangxi?", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("Is the Nanning cross-border goods experience centre 9,000 square metres or larger?", P("no:")),
    ("Which prefecture tops the list for autonomous counties?", P("Hechi: 5")),
    ("Of Guangxi's fourteen prefectures, which lies furthest east?", L("Hezhou")),
    ("Which of the two border crossings is further north, Dongxing or Pingxiang?", L("Pingxiang (county-level city)")),
    ("What prefecture does the old Hengxian come under now?", L("Nanning")),
    ("Give me the county-level cities that belong to Baise.", L("Jingxi (county-level city)", "Pingguo (county-level city)")),
    ("Which programmes and projects is Guangxi implementing, per your sources?",
     L('"E-commerce Guangxi, e-commerce ASEAN" project', "China's ASEAN-oriented cross-border e-commerce base",
       "China-ASEAN Information Harbor", "Comprehensive demonstration project of e-commerce in rural areas",
       "Cross-border e-commerce comprehensive pilot zones")),
    ("How many national e-commerce platforms are doing rural business in Guangxi?", L("4")),
    ("举办中国-东盟信息港电子商务论坛的那座城市，有哪些特产？", L("南宁老友粉", "南宁香蕉", "横县茉莉花茶")),
    ("中国-东盟信息港电子商务论坛围绕哪些议题展开讨论？", L("议题: 跨境电子商务", "议题: 电子商务与物流协同发展", "议题: 农村电商发展")),
    ("我们在考虑入驻南宁跨境商品直购体验中心，想先了解一下：面积有多大？", V("8000")),
    ("Who issued the reply that put Nanning on the list of pilot zone cities?", L("State Council")),
    ("Two border cities are doing the 'border trade + cross-border e-commerce' model. Each one belongs to which prefecture?",
     L("Fangchenggang", "Chongzuo")),
    ("Did cross-border e-commerce make up more than a quarter of Guangxi's total imports and exports in 2017?",
     P("no: Guangxi Zhuang Autonomous Region cross-border e-commerce as share of total imports and exports")),
    ("If I recalculate the 2013-2017 average annual growth of Guangxi's e-commerce volume from both stated volumes, what do I get?",
     P("2013 to 2017: up 579000000000 yuan (CNY), 457.35% (5.57 times the 2013 figure), 53.65% a year on average")),
    ("文章里给出销售额的几个特色产品中，哪个卖得最少？", F("汉塘村果苗")),
    # a first sentence naming one thing the question refers back to; a place called after its product
    ("Old maps label a border town as Lungchow. Which prefecture does it come under today?", L("Chongzuo")),
    ("My grandmother loved Liubao tea. Where does it come from?", P("Wuzhou")),
    ("Which prefecture-level city is the mango city?", L("Baise")),
    # every stated fact between two things, not one path
    ("What ties does JD.com have with Guangxi?", L("JD.com —operates rural e-commerce in→ Guangxi Zhuang Autonomous Region",
                                                   "JD.com —came to develop in→ Guangxi Zhuang Autonomous Region")),
    ("Is Beijing named in the State Council reply on cross-border e-commerce pilot zones?", P("yes: ")),
    # a rank is by the figure its sentence states beside it; asked by another figure, refused
    ("Where did Guangxi rank among western provinces by e-commerce transaction volume?", R()),
    ("广西个人网店数量在西部省份排第几？", P("广西壮族自治区 个人网店数量")),
    # counties only, said again after the count
    ("Nanning city have how many county? Only county, not the district and not Hengzhou city.", L("4")),
    # one place's old and new names said to be the same
    ("文章里的“横县”是不是就是现在的横州市？", P("是")),
    # towns and villages: the graph holds only those its sources name
    ("汉塘村在哪个镇、哪个县？", L("武利镇", "灵山县")),
    ("Which town is Hantang Village in?", L("Wuli Town")),
    ("How many towns does Lingshan County have?", R()),
    ("灵山县有几个村？", R()),
    ("Which villages are in Lingshan County?", L("Hantang Village")),
    # everyday wordings: thanks, 请告知, 那边, 打算, 准不准, quintupled, before it goes to print, famously
    ("我们想拿融安金桔当例子，搞了合作社模式以后卖多少钱一斤？谢谢！", V("40")),
    ("拟统计来宾市所辖县级行政单位的数量，请告知共有几个。", L("6")),
    ("凌云茶是河池那边产的吧？", P("否")),
    ("中国-东盟信息港电子商务论坛打算围绕哪几大议题讨论？", L("议题: 跨境电子商务", "议题: 电子商务与物流协同发展", "议题: 农村电商发展")),
    ("有篇稿子写“截至2018年7月，广西累计建成农村电商服务站点3000个”，这个数准不准？", P("否")),
    ("A columnist writes that between 2013 and 2017 Guangxi's e-commerce transaction volume more than quadrupled. Does that hold up?",
     P("yes: 2017 was 5.57 times 2013")),
    ("how much did those famously stinky snail rice noodles from liuzhou sell in 2017", V("3000000000")),
    ("Is it correct that Guangxi was number three among the western provinces for personal online shops in 2017?", P("yes")),
    ("Is it correct that Guangxi was number two among the western provinces for personal online shops in 2017?", P("no")),
    ("Which is further south, Rong'an or Rongshui? I always mix the two up.", F("Rongshui Miao Autonomous County")),
    ("Zhongshan County: which prefecture is it in? I mean the one in Guangxi, not the one elsewhere.", L("Hezhou")),
    ("Pingxiang, the border city, comes under Chongzuo, right?", P("yes")),
    ("Which prefecture city of Guangxi has its seat most far to the east?", L("Hezhou")),
    # which is more, and by how much: the larger first
    ("截至2018年7月，广西农村电商服务站点和物流配送网点，哪个建得多？", P("农村电商服务站点数（累计） 3101个 > 物流配送网点数（累计） 2228个")),
    # a kind left out of the kind asked: only counties
    ("只看县（区、县级市都除外），全广西最靠东的是哪个县？", L("苍梧县")),
    ("Which county is furthest east in Guangxi, not counting districts or county-level cities?", L("Cangwu County")),
    ("我们公司做快递末端配送，正在评估广西农村市场。想问一下，到2018年7月广西累计建了多少个农村电商服务站点？", V("3101")),
    ("My draft says Guangxi had \"roughly 55,000 individual online shops\" in 2017. What is the exact number the source gives?", V("54935")),
    ("融安金橘以前卖多少钱一斤？", V("2")),
    ("Which noodles does the article group under Guangxi rice noodles?",
     L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("Which kinds of noodles are classed as Guangxi rice noodles?",
     L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("哪些米粉被归为广西米粉？", L("南宁老友粉", "柳州螺蛳粉", "桂林米粉")),
    # a postscript in the first person after a question holding a number with a comma
    ("Where does the figure of 3,101 rural e-commerce service stations come from? I need the sentence.",
     P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20')),
]

# styles of asking: a claim seen somewhere, particles of Southeast Asian English, statements asked back, examples
STYLED = [
    ("我在群里看到一句话：“2017年广西个人网店数量在西部省份排名第三。”这句话对吗？", P("是")),
    ("有个材料写“2017年广西跨境电商交易额突破500亿元”，这个数准确吗？", P("否")),
    ("听朋友说融安金桔以前只卖5块钱一斤，这个说法对不对？", P("否")),
    ("Our brochure says rural e-commerce coverage in Guangxi is \"over 70%\". Does the source back that up?", P("yes")),
    ("A partner newsletter claims Guangxi's e-commerce transaction volume in January-July 2018 passed 500 billion yuan. Is that right?", P("no")),
    ("Apakah Bobai is under Yulin?", P("yes")),
    ("dongxing adopts the border trade + cross-border e-commerce model?", P("yes")),
    ("Cenxi is in Yulin?", P("no")),
    ("Which is more south, Pingxiang or Dongxing lah?", F("Dongxing (county-level city)")),
    ("most eastern county (xian) of guangxi?", L("Cangwu County")),
    ("How many job did e-commerce create in Guangxi, direct and indirect? Estimate also can.", V("120000")),
    ("Where does the 13.4% growth of online retail sales come from?", P('"Guangxi e-commerce\'s new leap')),
    ("Which row of the reference data gives Fengshan County's coordinates?", P('"Guangxi administrative divisions (reference data)"')),
    ("How many provinces outside Guangxi did the Qinzhou bonded port direct-sales centre take its business to?", L("3")),
    ("凭祥这座口岸城市在图谱里有哪些关系？", L("采用模式: “互市贸易+跨境电商”新模式", "建设: 线下跨境电商监管中心", "建设: 线上边民互市综合管理信息平台", "位于: 崇左市")),
    ("河池、百色、崇左这三个市，哪个下辖的县级单位最多？", P("百色市")),
    ("龙胜各族自冶县归哪个市管？", L("桂林市")),
    ("三江侗族自制县在哪个地级市？", L("柳州市")),
    ("像“壮族三月三”电商节这样的电商活动，文章一共列了几个？", L("6")),
    ("How many events such as the Zhuang Sanyuesan e-commerce festival are named?", L("6")),
    ("What do you hold on the 'I speak for my hometown' campaign?", P("held in")),
    ("2018年1-7月网络零售额环比增长多少？", R()),
    ("What was the month-on-month growth of Guangxi's online retail sales in January-July 2018?", R()),
    ("Guangxi ranked third among western provinces for individual online shops in 2017. Which province ranked first?", R()),
    ("落户广西的跨境电商平台总数是多少？不是举例，要总数。", R()),
    ("How many cross-border e-commerce platforms settled in Guangxi?", L("3")),
    ("Guangxi's online retail sales grew 15.4% in January-July 2018, right?", P("no")),
    ("我们是越南一家水果贸易公司，想在南宁跨境商品直购体验中心开店。请问该中心入驻商家有多少家？", V("400")),
    ("分行业、分区域开展的电商推广和技能培训让多少人受益？", V("100000")),
    ("hantang ppl who grow + sell seedlings online make how much each yr?", V("100000–200000")),
    ("广西2013年和2017年电子商务交易额加起来是多少？", P("合计 832200000000")),
    ("2013年和2018年1-7月广西电子商务交易额加起来是多少？", R()),
    ("What time does the China-ASEAN Information Harbor E-commerce Forum open?", R()),
    ("论坛几点开幕？", R()),
    ("电商在广西直接间接带动的就业人数是估算的吗？", V("120000")),
    ("Longxu district: whereabouts in Guangxi is that?", P("Longxu District is in Wuzhou")),
    ("论坛啥时候开", P("2018-09-13")),
    ("南宁香蕉跟百色芒果哪个卖得好", F("南宁香蕉")),
    ("横县现在改叫啥了", L("横州市")),
    ("i want know the e-commerce transaction of guangxi year 2013", V("126600000000")),
    ("Who organize the China-ASEAN forum 2018?", L("Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("中国-东盟电子商务峰会是在哪个城市开的？", R()),  # the graph says only Guangxi: no city
    ("有篇稿子写“融安金桔原来只卖2块钱一斤”，这个说法站得住吗？", P("是")),
    ("Xin chào! Bobai county is under which city ạ?", L("Yulin")),
    ("Hi po! Ask ko lang, how many agricultural products were developed for online selling in Guangxi as of July 2018? Salamat po!", V("1826")),
    ("Halo kak, Jinxiu itu di mana ya? Which city is it under? Terima kasih",  # where it is, then its city
     L("Jinxiu Yao Autonomous County is in Laibin, Guangxi Zhuang Autonomous Region (latitude 24.130374, longitude 110.189462)",
       "Laibin", "Guangxi Zhuang Autonomous Region")),
    ("did SAP actually set up in Guangxi or is that just hype??", P("yes")),
    ("Where do Xilin County's coordinates come from?", P('"Guangxi administrative divisions (reference data)"')),
    ("Straight-line distance between Pingxiang and Dongxing, in km? Planning a truck route.", P("about 138 km")),
    ("Can you brief me on the China-ASEAN E-commerce Summit?", P("held in")),
    ("南宁跨境商品直购体验中心平均下来，每个入驻商家能摊到多大面积？", P("面积 ÷ 入驻商家数：约 20 平方米")),
    ("I work for a logistics firm in Lao Cai. Can you please tell me how much Baise mango sold in 2017?", V("3800000000")),
    ("Can you tell me if Bobai is in Yulin?", P("yes")),
    ("Dear Sir or Madam,\nCould you list every policy document your graph covers?\nThank you very much and best regards,\nNguyen Van An",
     L("Guangxi e-commerce development plan for the 13th Five-Year period",
       "Guangxi three-year action plan for targeted poverty alleviation through e-commerce (2018-2020)",
       "Guangxi three-year plan for e-commerce in rural areas", "Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing",
       "Opinions of the regional government on accelerating e-commerce development",
       "Notice of the regional government's general office issuing the implementation plan of the \"Internet + circulation\" action plan",
       "Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce")),
    ("We're fact-checking a story that says e-commerce supports \"roughly 120,000 jobs\" in Guangxi. What figure does the source give, and is it an estimate?",
     V("120000")),
    ("An old postal map shows goods from Kweiping. Which prefecture is that in today?", L("Guigang")),
    ("Looking for Hengxian, the jasmine tea place, on my map. Where is it, and what is it called now?", P("Hengzhou")),
    ("南宁名列跨境电商综合试验区，这句原话出自哪里？", P("“今年8月，国务院发布")),
    ("那个信息港电商论坛讨论哪几个议题？", L("跨境电子商务", "电子商务与物流协同发展", "农村电商发展")),
    ("2017年广西进出口总额约为多少？", R()),  # the whole a share is of: not stated, and not asked to be worked out
    ("据2017年跨境电商交易额约占进出口总额11%测算，当年全区进出口总额约为多少？",
     L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)", "广西壮族自治区 跨境电商交易额占进出口总额比重: 约 11 % (11%)",
       "进出口总额（推算）约 386363636364 元")),
    ("说那个论坛要推动南向通道建设，这句话出自哪篇报道？", P("《广西电商新跨越 经济增长新引擎》")),
    ("河池市还有啥出名的产品吗？", L("万寿谷核桃鸡", "河池长寿食品")),
    ("Please cite the source record showing that Leye County is under Baise.", P('"Guangxi administrative divisions (reference data)"')),
    ("电商在广西带动了多少人就业，具体是多少？这个数是估算的吗？", V("120000")),
    ("How many jobs has e-commerce created in Guangxi? Is that an estimate or a hard count?", V("120000")),
    # a place as what a thing is of: where it lies or comes from, never a weaker tie
    ("Is Lecuntao a Guangxi company?", P("no, not as the graph states it")),
    ("Is SAP a Guangxi company?", P("no, not as the graph states it")),
    ("乐村淘是广西的企业吗？", P("否")),
    ("Is Baise mango a Baise product?", P("yes")),
    ("What's the deal with Lecuntao?", L("operates rural e-commerce in: Guangxi Zhuang Autonomous Region")),
    ("六堡茶属于哪个产业？", L("广西桂茶产业")),
    ("guilin rice noodles belong to which category, and that category is part of what industry chain?", L("Guangxi rice-noodle industry chain")),
    ("跨境电子商务这个议题和哪些东西有关联？", L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见 —支持→ 跨境电子商务",
                                         "关于同意在北京等22个城市设立跨境电子商务综合试验区的批复 —支持→ 跨境电子商务", "中国-东盟信息港电子商务论坛 —议题→ 跨境电子商务")),
    # a year relative to today, never to the source: no figure of it
    ("螺丝粉去年卖了多少？", R()),
    ("What were Liuzhou luosifen sales last year?", R()),
    # emails and asides around a question
    ("Hi team, hope you're well. Could you tell me which prefecture Jingxi belongs to? Many thanks, Anh", L("Baise")),
    # a signature block after the sign-off: a name, a job title, an organisation, a city (no question in it)
    ("Good morning!\nCould you tell me which prefecture Jingxi is under?\nSincerely yours,\nPhan Van Duc\n"
     "Deputy Head, Border Trade Office\nLang Son", L("Baise")),
    ("Which prefecture is Dongxing in? Thanks a lot, Maria Santos (Research Fellow, Manila Institute of Trade)",
     L("Fangchenggang")),
    ("Dear colleagues,\nWhich prefecture does Pingxiang belong to?\nWarm regards,\nSiti Aminah\nSenior Officer, "
     "Malaysia External Trade Corp.", L("Chongzuo")),
    ("Which product is the best known in Baise", R()),  # "best" inside a question is no sign-off
    ("Sorry if this is a silly question, but is Hezhou a prefecture-level city?", P("yes")),
    ("I'm told Bama is under Baise. Correct me if I'm wrong.", P("no")),
    ("Is it correct to say that Google came to Guangxi to develop?", P("yes")),
    ("Who ran the e-commerce forum in Nanning?", L("hosted by: People's Government of Guangxi Zhuang Autonomous Region",
                                                   "organised by: Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("For a piece on the e-commerce forum held in Nanning in September 2018: who organised it?", L("Department of Commerce of Guangxi Zhuang Autonomous Region")),
    # asking to ask, and ASEAN English particles and sign-offs
    ("Dear Sir/Madam, I am writing from Bangkok. May I ask how much was Guangxi e-commerce transaction in year 2017? Thank you.",
     V("705600000000")),
    ("Good day po! Ask lang, what is the e-commerce transaction volume of Guangxi in 2013?", V("126600000000")),
    ("Hi, can help check which document set up cross-border e-commerce pilot zone for Nanning? Tq",
     L("Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing")),
    ("Can I check the sales of Baise mango in 2017?", V("3800000000")),
    ("Boss, Nanning banana one year sell how much ah?", V("8000000000")),
    ("Is it the case that Bama is under Hechi?", P("yes")),
    ("我想知道融安金桔以前多少钱一斤，现在多少钱一斤？", V("2", "40")),  # each clause its own price
    ("融安金桔采用模式前后的价格分别是多少？", V("2", "40")),
    # what a place is known for, said beside its name, describes it: no condition
    ("被称为“世界长寿之乡”的巴马属于哪个市？", L("河池市")),
    ("浦北县是哪个地级市下辖的县？", P("浦北县位于")),  # the level it is under, not the counties under it
    ("Which ASEAN countries do the goods in the Nanning direct purchase centre come from?", R()),  # countries: no typo of counties
    ("武利镇是哪个县下面的镇？", P("武利镇位于")),
    ("Dongxing, the border town facing Vietnam, which prefecture is it in?", L("Fangchenggang")),
    # a last sentence about the things the first named: asked of them and answered too
    ("请问凭祥市和东兴市哪个更靠南？顺便问下它们分别属于哪个市？", L("东兴市", "崇左市", "防城港市")),
    ("Between Pingxiang and Dongxing, which one is more south? And which prefecture are they under?",
     L("Dongxing (county-level city)", "Chongzuo", "Fangchenggang")),
    ("Hello! I am a student from Vietnam. I want to know what products come from Baise. Thank you very much!",
     L("Baise mango", "Baise Lingyun tea")),  # the question after a lead about the asker is no postscript
]

# answered wrongly once (session 43): each a condition the answer dropped, now used or refused
CONDITIONS_KEPT = [
    ("Hezhou's Pinggui is a county, isn't it?", P("no")),  # a district, not a county
    ("Heshan is one of Laibin's districts, isn't it?", P("no")),  # a county-level city
    ("Is Dongxing one of the cities that adopted the border trade model?", P("yes")),  # a county-level city is a city
    ("同事跟我说中国-东盟信息港电子商务论坛是商务厅主办的，对吗？", P("否")),  # the department organised it; the government hosted
    ("To compare with last year: what was Guangxi's e-commerce transaction volume in January-July 2017?", R()),
    ("Of the 400-plus merchants at the Nanning cross-border goods experience centre, how many are ASEAN companies?", R()),
    ("汉塘村2017年卖了多少株果苗？", R()),  # the sales in yuan are no count of seedlings
    ("How much of Guangxi's 28.8% cross-border growth in 2017 was due to the Information Harbor?", R()),
    ("设立22个综试区的那个批复是8月几号发的？", R()),  # dated to the month only
    ("Is the Qinzhou international goods direct-sales centre still open today?", R()),
    ("列出灵山县所有的乡镇", R()),  # the graph holds only the town its source names
    ("南宁跨境商品直购体验中心跟哪些地方、哪些模式有关系？", L("跨境电商O2O线下体验店", "南宁市", "东盟", "欧美", "澳洲")),
    # a quarter or half written Q1/H1 against Chinese characters is still that part of the year: not stated
    ("18年Q1广西网上零售额是多少呀", R()),
    ("广西2018年h1的网络零售额？", R()),
    # the share given as what to work from, the total asked: worked out, never the share as the answer
    ("Going by the cross-border figure and its share of total trade, what were Guangxi's total imports and exports in 2017?",
     L("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000 yuan (CNY) (425亿元)",
       "Guangxi Zhuang Autonomous Region cross-border e-commerce as share of total imports and exports: about 11 percent (11%)",
       "total imports and exports (worked out): about 386363636364 yuan (CNY)")),
    ("根据跨境电商交易额和它占进出口的比重，2017年广西进出口总额有多少？", L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)",
                                                 "广西壮族自治区 跨境电商交易额占进出口总额比重: 约 11 % (11%)",
                                                 "进出口总额（推算）约 386363636364 元")),
    # kinds given as examples (whatever you have): every relation; kinds asked of a place: each kind
    ("Rong'an County: what's it linked to? Products, models, whatever you've got", L(
        "adopts model: \"E-commerce + farmers' cooperative + poor households\" model", "located in: Liuzhou",
        "Rong'an kumquat —originates from→ Rong'an County")),
    ("融安县跟哪些产品、哪些模式有关系？", L("“电商+农民合作社+贫困户”模式", "融安金桔")),
    # the members left out are never listed, even by the any-relation fallback: none left, refused
    ("Other than Beijing and Nanning, name the cities in the 22-city pilot zone reply.", R()),
    ("除了北京、南宁以外，那22个综试区城市还有哪几个？", R()),
    # "where's it from" of a thing is its origin; of a figure, its source
    ("Rong'an kumquats, where's it from?", L("Rong'an County")),
    # a cause asked (靠哪个平台带起来的, what drove): the graph states no causes
    ("18年广西跨境电商增长那么快，主要靠哪个平台带起来的？", R()),
    ("What drove the 28.8% rise in Guangxi's cross-border e-commerce in 2017?", R()),
    # a division fact's source asked in chat words
    ("凭祥属于崇左，这个信息是从哪个数据来的？", P("《广西行政区划参考数据》")),
    # the article as the place things are mentioned, not a source asked
    ("The article mentions selenium-rich products; where do they come from?", L("Guigang")),
    # a figure stated of one thing, then 那 and the question about another: the other is asked
    ("凤山的核桃鸡模式带动了一万多户，那融安的模式带动了多少户？", R()),
    ("螺蛳粉17年卖了500亿，那百色芒果那年卖了多少？", V("3800000000")),
    # a member said to be counted too is no condition of the count
    ("How many policy documents does the graph hold altogether, including the State Council reply?", L("7")),
    # formal leads and instructions that ask nothing (请说明, 撰写…论文, 保留两位小数, the publication, judged by)
    ("为撰写学位论文，请说明融安金桔产自哪个县。", L("融安县")),
    ("请概述：百色芒果2017年的销售额是多少？（保留两位小数）", V("3800000000")),
    # the matter in the lead, then a bare ask (请问图谱中记录的数值是多少): the lead is the question
    ("本人正在撰写一份评估报告，需引用截至2018年7月全区累计建成的农村电商服务站点数量。请问图谱中记录的数值是多少？", V("3101")),
    # a lead the question restates (新浪广西的报道提到了…增速。请问，…同比增长了百分之几): the question alone
    ("新浪广西2018年8月的报道提到了当年前七个月网络零售交易额的增速。请问，2018年1至7月广西网络零售交易额同比增长了百分之几？", V("13.4")),
    # a lead that holds a condition the question drops is kept: refused, not answered without it
    ("这里只问2017年的数据。请问广西网络零售交易额同比增长了百分之几？", R()),
    # a source with its date and sentence asked (引用的是哪篇, 发布日期, 原文句子); a claim's bound (more than 200)
    ("关于2018年1—7月广西网络零售交易额528亿元，图谱引用的是哪篇文章？发布日期和原文句子分别是什么？", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20")),
    ("What is the source for the statement that the China-ASEAN SME Trade Promotion Platform has served more than 200 ASEAN enterprises?",
     P("\"Guangxi e-commerce's new leap")),
    ("Which article says the China-ASEAN SME Trade Promotion Platform has served more than 500 ASEAN enterprises?", R()),
    # confirm the thing asked for (could you confirm the city under which …) is no yes/no; confirm that … is
    ("Could you confirm the prefecture-level city under which Tiandeng County falls?", L("Chongzuo")),
    ("Could you confirm that Tiandeng County is under Baise?", P("no:")),
    # a role named after the thing (的发文机关, 的出台部门, 的主办方): the thing it names, then the rest asked of it
    ("《自治区人民政府关于加快电子商务发展的若干意见》的出台部门主办了哪项活动？", L("中国-东盟信息港电子商务论坛")),
    ("中国-东盟信息港电子商务论坛的主办方是谁？", L("广西壮族自治区人民政府")),
    # the kind it falls under (所归属的上一级产品类别) is no place: the group, then what is asked of it
    ("桂林米粉所归属的那一级产品类别，带动了哪些上游产业？", L("竹笋种植", "豆角种植", "螺蛳养殖")),
    # a price claimed (卖到了每斤40元) is the figure's, checked: no market
    ("请核实：融安金桔采用“电商+农民合作社+贫困户”模式以后，卖到了每斤40元？", P("是:")),
    ("请核实：融安金桔采用“电商+农民合作社+贫困户”模式以后，卖到了每斤60元？", P("否:")),
    # the years a plan covers (实施期, 执行期), asked and checked
    ("《广西电子商务精准扶贫三年行动计划》的执行期是什么时候？", L("2018-2020")),
    ("《广西电子商务精准扶贫三年行动计划》的实施期是不是2018年到2020年？", P("是:")),
    ("《广西电子商务精准扶贫三年行动计划》的实施期是不是2019年到2021年？", P("否:")),
    # a quoted claim no source says word for word: its source asked in its own words; a false one refused
    ("“凭祥归崇左管”这个说法在图谱里出自哪份数据？", P("《广西行政区划参考数据》")),
    ("“凭祥归百色管”这个说法在图谱里出自哪份数据？", R()),
    # a claim in the asker's own material, then a question referring back to it (Can we keep it?): the claim checked
    ("Our brochure says Guangxi's e-commerce transaction volume was above 700 billion yuan in 2017. Can we keep it?", P("yes:")),
    # the regions goods come from (source regions) are no source asked; every relation held; the units above it; 处于
    ("Which source regions does the Nanning cross-border goods direct-purchase experience centre list?", L("ASEAN", "Australia", "Europe and America")),
    ("List every relation the graph holds for Pingxiang.", L('adopts model: "Border trade + cross-border e-commerce" model',
                                                            "builds: offline cross-border e-commerce supervision centre",
                                                            "builds: online border-residents' trade management information platform",
                                                            "located in: Chongzuo")),
    ("Where is Hantang Village? Give the chain of administrative units above it.", P("Hantang Village is in Wuli Town, Lingshan County")),
    ("广西电商创业的主力人群处于什么年龄段？", P("广西壮族自治区 电商创业主力人群年龄: 16–40 岁")),
    # a product's origin with the place's coordinates (请一并提供该地的经纬度)
    ("六堡茶产自哪里？顺便给出那里的经纬度。", L("梧州市")),
    # which one's … is furthest west: the first of a ranking; places judged by their representative points
    ("百色市下辖的县级单位里，哪一个的位置最靠东？", L("平果市")),
    ("Going by their representative points, which prefecture-level city of Guangxi lies furthest east?", L("Hezhou")),
    # a former name asked (是不是原来的, the former)
    ("横州市是不是原来的横县？", P("是:")),
    ("Is Hengzhou the former Lingshan County?", P("no:")),
    # a claim said to be the report's (报道中所说的) asks no source
    ("请判断正误：今天的横州市，就是那篇报道中所说的“灵山县”。", R()),
    # a number said to be reached (had reached 200,000) is reached by a figure of exactly it; more than it is not
    ("My notes say rural e-commerce training in Guangxi had reached 200,000 person-times by July 2018. Is that consistent with the graph?", P("yes:")),
    ("Was rural e-commerce training in Guangxi more than 200,000 person-times by July 2018?", R()),
    # a share said with made up and a fraction (more than a fifth): checked against the share
    ("Someone told me cross-border e-commerce made up more than a fifth of Guangxi's total imports and exports in 2017. True?", P("no:")),
    # the city itself as well as its counties
    ("Which products come from Nanning, counting its counties as well as the city itself?", L("Hengxian jasmine tea", "Nanning banana", "Nanning laoyou noodles")),
    # the two border cities that adopted a model (的两座边境城市): read as the two, only when there are two
    ("走“互市贸易+跨境电商”模式的那两座边境城市，直线距离大概多少公里？", P("约 138 公里")),
    # which of two periods (哪一期) is larger: a comparison, not a growth; a lead naming the figure (就…而言) keeps its words
    ("就广西电子商务交易额来说，2017年全年和2018年1—7月两期比较，哪一期多？", F("2017年")),
    ("就广西网络零售交易额而言，2017年全年和2018年1—7月两期相比，哪一期更高？", R()),  # no 2017 figure
    # a place's way of doing it (…的做法) is the one model it adopted; the role after 其 (论坛，其主办单位)
    ("融安县把合作社和贫困户联动起来的做法，带动了多少户？", R()),  # the figure is 凤山's model's, not 融安's
    ("中国-东盟信息港电子商务论坛，其主办单位是谁？", L("广西壮族自治区人民政府")),
    # higher or lower than: one comparison of two rates
    ("Was Guangxi's 2017 cross-border e-commerce growth higher or lower than its online retail growth in January-July 2018?",
     F("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth: 28.8 percent (28.8%)")),
    ("Is that figure for Guangxi's jobs created directly and indirectly exact or an estimate?", P("Guangxi Zhuang Autonomous Region jobs created directly and indirectly: about 120000")),
    ("For the footnote in our paper: which article is the graph's basis for the 47 national rural e-commerce demonstration counties?",
     P("\"Guangxi e-commerce's new leap")),
    # a node's upstream and downstream (graph words) are its edges both ways; the thing's 上下游 are its industries
    ("广西米粉这个节点，上下游都连着些什么？", L("桂林米粉 —属于品类→ 广西米粉", "柳州螺蛳粉 —属于品类→ 广西米粉", "南宁老友粉 —属于品类→ 广西米粉", "带动下游产业: 网络电商",
                                          "产自: 广西壮族自治区", "组成: 广西米粉产业链", "带动上游产业: 竹笋种植", "带动上游产业: 豆角种植",
                                          "带动上游产业: 螺蛳养殖")),
    ("广西米粉的上下游有哪些？", L("带动下游产业: 网络电商", "带动上游产业: 竹笋种植", "带动上游产业: 豆角种植", "带动上游产业: 螺蛳养殖")),
    ("What are the neighbours of Guangxi rice noodles?", P("Guilin rice noodles —is a kind of→")),
    # a product's last word qualified otherwise (specialty foods) is not that product; bare (mangoes) it is
    ("I import specialty foods and a supplier offered me Wanshougu walnut chicken. Where does it come from?", F("Fengshan County")),
    ("Where do mangoes come from?", F("Baise")),
    # "the town, the county and the city" asks for each level
    ("Where is Hantang Village? Give me the town, the county and the city it sits in.", L("Wuli Town", "Lingshan County", "Qinzhou")),
    # a role said to be a named thing (承办单位是…，没错吧) is a claim to check; 承办单位 is no asker's unit
    ("中国-东盟信息港电子商务论坛的承办单位是自治区商务厅，没错吧？", P("是:")),
    ("中国-东盟信息港电子商务论坛的承办单位是自治区人民政府，没错吧？", P("否:")),
    # what makes up a whole (构成, 组成, consists of) is what is part of it
    ("广西桂茶产业由哪些茶组成？", L("梧州六堡茶", "横县茉莉花茶", "百色凌云茶", "防城港金花茶")),
    ("What does the Guangxi tea industry consist of?", L("Baise Lingyun tea", "Fangchenggang golden camellia tea", "Hengxian jasmine tea",
                                                        "Wuzhou Liubao tea")),
    # 属于…的一种 a product is a kind of it; 属于 an industry is part of it
    ("桂林米粉是不是屬於廣西米粉的一種？", P("是: 桂林米粉 —属于品类→ 广西米粉")),
    ("梧州六堡茶属于广西桂茶产业吗？", P("是: 梧州六堡茶 —组成→ 广西桂茶产业")),
    ("梧州六堡茶属于什么产业？", L("广西桂茶产业")),
    # a place in a ranking by a figure (排第二, second-highest, ranked third): that one alone
    ("2017年有销售额数据的那几样广西特产里，销售额排第二的是哪个？", F("百色芒果")),
    ("Which product had the second-highest sales in 2017?", F("Baise mango")),
    ("Which product ranked third by sales in 2017?", F("Liuzhou river-snail rice noodles")),
    ("2017年销售额第二低的产品是哪个？", F("柳州螺蛳粉")),
    # where it comes from, and the city above, asked in two sentences: the place itself first, then the city
    ("横县茉莉花茶产自哪里？那个地方现在归哪个市管？", L("横州市", "南宁市")),
    ("横县茉莉花茶产自哪个市？", L("南宁市")),
    ("Where does Hengxian jasmine tea come from, and which prefecture is that in?", L("Hengzhou (county-level city)", "Nanning")),
    # an event named after a verb done to it (主办过…论坛的那家单位): the one who did it, asked of
    ("主办过信息港电商论坛的那家单位，出台过哪些文件？", L("自治区人民政府关于加快电子商务发展的若干意见")),
    # a class word after 哪份 (哪家, 哪项…) is the kind asked: never a list of the other kind named (the forums);
    # 电商论坛 is the one forum whose name holds 电子商务论坛
    ("主办电商论坛的单位印发过哪份政策文件？", L("自治区人民政府关于加快电子商务发展的若干意见")),
    # 边境 (border) describes the things named before it; as a condition the graph cannot check, it is not understood
    ("广西有哪些边境城市？", R()),
    ("Which border cities does Guangxi have?", R()),
    ("广西有哪些龙头企业？", R()),  # 龙头企业 is a designation the graph does not hold: never every firm
    ("Which leading companies are in Guangxi?", R()),
    ("柳州螺蛳粉这个龙头产品2017年卖了多少？", V("3000000000")),
    ("百色市有哪些边境县？", R()),  # a kind asked, right after the place: no description
    # a relation denied, a place left out without 除, only one said to have it, a channel: never the plain answer
    ("哪些产品不是产自柳州？", R()),
    ("有哪些产品产自百色以外的地方？", R()),
    ("只有阿里巴巴在广西开展农村电商业务吗？", R()),
    ("Is Alibaba the only platform running rural e-commerce in Guangxi?", R()),
    ("百色芒果2017年线下销售额是多少？", R()),
    ("广西有哪些线上活动？", R()),
    # a yes/no of three things, Guangxi as context: the other two, never a fact of Guangxi's in their place
    ("阿里巴巴在广西开展跨境电商业务吗？", R()),
    # a clause followed only by which or how many: all the things it describes, never the one it would name
    ("产自百色的产品有哪些？", L("百色凌云茶", "百色芒果")),
    ("产自柳州的产品有几个？", L("2")),
    ("北京是第一批跨境电商综合试验区城市吗？", R()),  # an order of designation the graph does not record
    ("凭祥、东兴这两个边境城市，哪个更靠北？", F("凭祥市")),
    # places in a place are those lying in it
    ("Which places in Hechi adopted an e-commerce model?", L("Fengshan County")),
    ("广西有哪些地方采用了电商模式？", L("东兴市", "凤山县", "凭祥市", "融安县")),
    # filed under: the category, and "under which" after it asks no place
    ("Liuzhou river-snail rice noodles are filed under which broader product?", L("Guangxi rice noodles")),
    ("If Rong'an kumquats sell for 40 yuan a jin, what does one kilo cost?", P("Rong'an kumquat price after the model: 80 yuan per kilogram")),
    ("Which topics was the forum set to discuss?", L("cross-border e-commerce", "coordinated development of e-commerce and logistics",
                                                     "rural e-commerce development")),
    # a narrower kind of the other end (县级市: names ending in 市), never every county-level unit
    ("哪些产品产自县级市？", L("横县茉莉花茶")),
    ("Which products come from county-level cities?", L("Hengxian jasmine tea")),
    # the sentence behind a list says how many there are in all (北京等22个城市): never the few named as all of them
    ("哪些城市设立了跨境电商综试区？", L("北京市", "南宁市")),  # listed, with the note that the source speaks of 22
    ("设立跨境电商综试区的城市有几个？", R()),
    ("Which cities got a cross-border e-commerce pilot zone?", L("Beijing", "Nanning")),
    ("广西有哪些城市是跨境电商综试区？", L("南宁市")),
    # an origin recorded as a prefecture: its counties are not where the product comes from
    ("百色芒果产地有哪些县？", R()),
    ("百色芒果的产地有哪些区县？", R()),
    ("贵港富硒产品产地那个市下面有哪几个区？", L("港北区", "港南区", "覃塘区")),
    ("螺蛳粉原产地下辖哪些县？", L("城中区", "鱼峰区", "柳南区", "柳北区", "柳江区", "柳城县", "鹿寨县", "融安县", "融水苗族自治县",
                             "三江侗族自治县")),
    # the year asked of a figure that states none: never the figure alone; a dated figure answers it
    ("In which year were Guangxi's 47 demonstration counties approved?", R()),
    ("广西47个示范县是哪一年批的？", R()),
    ("柳州螺蛳粉销售额是哪一年的？", V("3000000000")),
    # the article named as what says it, the question asked after it: no source asked
    ("文章里讲米粉“带动了上游”，上游都是些什么产业？", L("竹笋种植", "螺蛳养殖", "豆角种植")),
    ("文章里说柳州螺蛳粉卖了30亿，这是哪篇文章？", P("《广西电商新跨越 经济增长新引擎》")),
    # a yes or no of two things joined and a third: each on its own, never one set against the other
    ("阿里巴巴和京东都在广西开展农村电商业务吗？", P("是")),
    ("Do both Alibaba and JD run rural e-commerce in Guangxi?", P("yes")),
    ("京东和谷歌都入桂发展了吗？", P("是")),
    ("阿里巴巴和谷歌都在广西开展农村电商业务吗？", R()),  # 谷歌 is not in the 等 list of who runs rural e-commerce: no "no"
    ("凤山县和融安县都在柳州吗？", P("否")),
    ("南宁和柳州都是地级市吗？", P("是")),
    ("南宁香蕉和百色芒果都产自地级市吗？", R()),
    # a name the graph lacks is reported, never dropped (拼多多: 多 is no filler there); a village's title is no
    # platform's business, nor what a county is
    ("拼多多在广西开展农村电商业务吗？", R()),
    ("拼多多落户广西了吗？", R()),
    ("淘宝在广西开展农村电商业务吗？", R()),
    ("灵山县是淘宝村吗？", R()),
    ("灵山县有淘宝村吗？", P("是")),
    # a character that makes another thing of a name (dried mango, a noodle shop): never the name's facts
    ("百色芒果干2017年销售额是多少？", R()),
    ("柳州螺蛳粉厂2017年销售额是多少？", R()),
    ("桂林米粉店在哪里？", R()),
    ("六堡茶厂在哪个市？", R()),
    # a negation of what follows (不支持, 不在, 非…产, 不是…发布的): never the plain answer in its place
    ("哪个政策文件不是自治区政府发布的？", R()),
    ("哪些政策不支持跨境电商？", R()),
    ("哪些产品产地不在南宁？", R()),
    ("非南宁产的产品有哪些？", R()),
    ("哪些企业不是电商平台？", R()),
    ("不是融水，我说的是融安县，它归哪个市管？", L("柳州市")),  # a name corrected, nothing negated
    ("汉塘村在哪个县？我一直没搞清楚。", L("灵山县")),  # the speaker's own
    # a range a figure must lie in: both ends used, never one or none
    ("2017年广西电商交易额在5000亿到8000亿之间吗？", P("是")),
    ("Was Guangxi's 2017 e-commerce volume between 500 and 800 billion yuan?", P("yes")),
    ("2017年广西电商交易额在8000亿到9000亿之间吗？", P("否")),
    ("2017年广西跨境电商交易额在400亿到500亿之间吗？", P("是")),
    ("2017年销售额在30亿到50亿之间的产品有哪些？", R()),  # 突破38亿, 突破30亿: their bounds cannot tell
    ("2017年销售额在1亿到50亿之间的产品有哪些？", L("汉塘村果苗")),
    ("2017年销售额在30亿元以上的产品有哪些？", L("百色芒果", "柳州螺蛳粉", "南宁香蕉")),
    # an end said to lie in a place (产地位于玉林): lying in it, never holding it
    ("哪些产品的产地位于南宁？", L("横县茉莉花茶", "南宁香蕉", "南宁老友粉")),
    ("哪些产品的产地位于凌云县？", L("百色凌云茶")),
    ("哪些产品的产地位于玉林？", R()),
    ("哪些活动的举办地位于南宁？", L("中国-东盟信息港电子商务论坛")),
    # a second kind a place is counted by (有产品): the places something of it is tied to, never every place
    ("有几个地级市有产品？", F("9")),
    ("How many prefecture-level cities have products?", F("9")),
    # a fact of a place within the place named: said whose it is
    ("柳州市采用了什么电商扶贫模式？", L("“电商+农民合作社+贫困户”模式: 融安县")),
    # 除…外 and a thing of another kind left out: what is tied to it (held in Nanning, issued by the State Council)
    ("除南宁外，哪些活动在广西举办？", L("“党旗领航•电商扶贫 我为家乡代言”", "“壮族三月三”电商节", "“电商入桂”招商推介会", "“老字号”电商大集",
                                   "中国-东盟电子商务峰会", "广西特产网上行", "广西电商好讲师大赛", "电商年货节", "电商精准扶贫促销")),
    ("除了国务院的批复，还有哪些政策支持跨境电商？", L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见")),
    # a kind an organisation is not said to be: neither yes nor no
    ("敦煌网是电商平台吗？", R()),
    ("京东算电商平台吗？", P("是")),
    # the other end's kind within a place named (产自百色市下辖的县): never the place itself
    ("哪些产品产自百色市下辖的县？", L("百色凌云茶: 凌云县")),
    # a span of years: every year of it when each is asked, the plan's five years, a rate over that span only
    ("2013到2018年广西电子商务交易额增长了多少？", R()),
    ("十三五期间广西电子商务交易额是多少？", R()),
    # Cantonese question words, read as Mandarin ones (边度, 边啲, 嘢, 嘅, 喺)
    ("百色凌云茶係邊度產嘅？", F("凌云县")),
    ("邊啲城市喺度搞「互市貿易+跨境電商」新模式？", L("东兴市", "凭祥市")),
    # everyday words with no content of their own: a check's label, correct or not, 二者, 逐项, 直接给数, 名字叫, 设置, 其实
    ("Fact check: Lingchuan County is in which prefecture?", L("Guilin")),
    ("Rong'an is under Liuzhou, correct or not?", P("yes")),
    ("凭祥市与东兴市，二者孰更偏北？", F("凭祥市")),
    ("凭祥市在图谱中与哪些实体有关联？请逐项列明。", P("采用模式")),
    ("截至2018年7月全区累计建成多少个物流配送网点？直接给数。", V("2228")),
    ("2018年中国-东盟信息港电子商务论坛设置了哪些议题？", L("农村电商发展", "跨境电子商务", "电子商务与物流协同发展")),
    ("合山市听起来像个地级市，其实它归哪个市管？", L("来宾市")),
    # a thing named through a relation the graph does not state (融安县采用的凤山模式): the premise said not to hold
    ("融安县采用的凤山模式带动了多少户？", R()),
    ("凤山县采用的凤山模式带动了多少户？", V("10000")),
    # English negations (is not, but not) and the country asked where only Guangxi's figure is known: never answered as
    # the plain question
    ("Is it true that Rong'an is not in Liuzhou?", R()),
    ("Was the forum not held in Nanning?", R()),
    ("Which policies support rural e-commerce but not cross-border e-commerce?", R()),
    ("How many online shops were there in China in 2017?", R()),
    ("中国跨境电商交易额2017年是多少？", R()),
    ("东盟跨境电商交易额是多少？", R()),
    ("广西个人网店占全国的比重是多少？", V("0.8")),
    # relations said to be included too (上下游都算上) in a question of everything related: no restriction
    ("广西米粉跟哪些东西有关系？上下游都算上。", L("带动下游产业: 网络电商", "产自: 广西壮族自治区", "组成: 广西米粉产业链", "带动上游产业: 竹笋种植",
                                        "带动上游产业: 豆角种植", "带动上游产业: 螺蛳养殖", "桂林米粉 —属于品类→ 广西米粉", "柳州螺蛳粉 —属于品类→ 广西米粉",
                                        "南宁老友粉 —属于品类→ 广西米粉")),
    # a follow-up (…吗？Y呢？, What about Y?): the same asked of Y, each answer said whose
    ("京东入桂发展了吗？谷歌呢？", L("京东: 是: 京东 —入桂发展→ 广西壮族自治区", "谷歌: 是: 谷歌 —入桂发展→ 广西壮族自治区")),
    ("Did Alibaba OneTouch settle in Guangxi? What about SAP?", L("Alibaba OneTouch: yes: Alibaba OneTouch —settled in→ Guangxi Zhuang Autonomous Region",
                                                              "SAP: yes: SAP —settled in→ Guangxi Zhuang Autonomous Region")),
    ("凤山县属于哪个市？融安县呢？", L("凤山县: 河池市", "融安县: 柳州市")),
    # "not" before a kind left out is no negation (districts, not counties); "the … one included" still counts it
    ("Which districts (not counties) make up Beihai?", L("Haicheng District", "Yinhai District", "Tieshangang District")),
    # two places in the same place of a level: where each lies at that level, then yes or no
    ("Are Pingxiang and Ningming in the same prefecture?", P("yes")),
    ("Are Pingxiang and Dongxing in the same prefecture?", P("no")),
    ("融安和鹿寨是同一个市的吗？", P("是")),
    # a second question with no name of its own is about the first one's (融安县属于哪个市？采用了什么模式？)
    ("融安县属于哪个市？采用了什么模式？", L("柳州市", "“电商+农民合作社+贫困户”模式")),
    ("汉塘村获得了什么称号？在哪个镇？", L("淘宝村", "武利镇")),
    ("广西电子商务精准扶贫三年行动计划是哪年发布的？", R()),  # 2018-2020 are the years it covers, not its issue date
    ("When was the Guangxi three-year action plan for targeted poverty alleviation through e-commerce issued?", R()),
    ("广西电子商务精准扶贫三年行动计划涵盖哪几年？", L("2018-2020")),
    ("Which years does the Guangxi three-year action plan for targeted poverty alleviation through e-commerce cover?",
     L("2018-2020")),
    ("县级行政区数量排第三的地级市是哪个？", L("南宁市: 12", "百色市: 12")),  # tied second and third: both, the tie said
    ("Which prefecture ranks second by number of counties?", L("Nanning: 12", "Baise: 12")),
    ("哪三个地级市的县最多？", L("桂林市: 17", "南宁市: 12", "百色市: 12")),
    ("Which three prefectures have the most counties?", L("Guilin: 17", "Nanning: 12", "Baise: 12")),
    ("汉塘村是什么称号？它在哪个镇？", L("淘宝村", "武利镇")),  # both parts, never the second alone
    ("What designation does Hantang Village hold? Which town is it in?", L("Taobao village", "Wuli Town")),
    ("Which prefecture is Rong'an in? What model did it adopt?", F("Liuzhou")),
    ("发布《关于同意在北京等22个城市设立跨境电子商务综合试验区的批复》的机关是哪个？它是哪个月发布的？", L("国务院", "2018-08")),
    ("《关于同意在北京等22个城市设立跨境电子商务综合试验区的批复》是哪个月发布的？", L("2018-08")),  # never its issuer
    ("全国一共有多少店铺？", V("54935", "0.8")),  # the shops of the country worked out from both, not the share alone
    ("广西个人网店占全国的比重是多少？全国一共有多少店铺？", V("0.8", "54935")),
    ("What share of China's shops are in Guangxi?", V("0.8")),
    ("How many counties (not districts) are there in Guangxi?", L("70")),  # 县级市 stay: said, with the 60 counties
    ("广西有几个县，县级市不算？", L("60")),  # no 县级市: 县 in its narrow sense
    ("How many counties are in Baise, not counting county-level cities?", L("8")),
    ("南宁跨境商品直购体验中心的5万多个SKU里，来自澳洲的有多少？", R()),  # a part by origin no source gives: never the total
    ("How many of the Nanning centre's SKUs come from Europe and America?", R()),
    ("点名南宁设立跨境电商综合试验区的那份批复，是哪个机关发布的？", L("国务院")),  # 点名南宁 describes the reply too
    ("汉塘村果苗2017年销售额是否超过了南宁香蕉？", P("否: ")),  # 超过 before a name compares the two
    ("物流配送网点多于服务站点吗？", P("否: ")),
    ("南宁香蕉销售额超过百色芒果了吗？", P("是: ")),
    ("百色芒果卖得超过柳州螺蛳粉了吗？", P("是: ")),
    ("柳州螺蛳粉销售额超过30亿美元了吗？", R()),  # yuan is never set against dollars
    ("Did Nanning banana sales top 5 billion US dollars in 2017?", R()),
    ("南宁跨境商品直购体验中心面积超过100亩吗？", P("否: ")),  # 100 亩 is 66,667 m²
    ("南宁跨境商品直购体验中心面积超过5亩吗？", P("是: ")),
    ("广西2017年电商交易额是否超过了万亿？", P("否: ")),  # 万亿 with no digit
    ("日本的电商交易额是多少？", R()),  # a name the graph does not hold, never dropped (日 and 上 are also words)
    ("上海有什么特产？", R()),
    ("京东在上海开展农村电商业务吗？", R()),
    ("中国-东盟中小企业贸易促进平台服务日本企业吗？", R()),
    ("月球的电商交易额是多少？", R()),
    ("哪些地级市有县级市？", F("9")),  # the prefectures holding one (9), never all 14
    ("有自治县的地级市有哪些？", F("6")),
    ("Which prefectures have county-level cities?", F("9")),
    ("广西有哪些地级市和县级市？", P("七星区")),  # two levels listed: no holding asked
    ("广西有几个县名字里有“林”？", L("4")),
    ("How many counties in Guangxi have 林 in the name?", L("4")),
    ("支持跨境电商的政策有几个？", L("2")),  # the topic after 支持 is what they support
    ("论坛的主题和日期？", L("2018-09-13", "电商产业新融合·数字商务新发展")),
    ("What are the theme and date of the forum?", L("New integration of the e-commerce industry, new development of digital commerce", "2018-09-13")),
    ("凤山模式带动多少户脱贫，涉及什么产品？",  # the product too, never the households alone
     L("“万寿谷核桃鸡产业+电商+贫困户”联动 带动贫困户增收脱贫户数: 超过 10000 户 (一万余户)", "万寿谷核桃鸡")),
    ("SAP是哪个国家的？", R()),  # where a company is from: no relation says it, never where it settled
    ("聚贸是哪里的企业？", R()),
    ("Which country is SAP from?", R()),
    ("横州市在文章发表时叫什么？", R()),  # the article's date as a point in time: not reasoned over, never the source
    ("人民日报报道过广西电商吗？", R()),  # no source of the graph is from it
    ("国务院的批复是哪个月发布的？", L("2018-08")),
    ("文章里提到了哪些县？", P("东兴市")),  # the places the article's sentences name, never all 111 of the division data
    ("Which counties does the article mention?", P("Dongxing")),
    ("文章里提到了几个县？", L("7")),  # 防城 of 防城港 names no 防城区
    ("哪些城市产米粉？", R()),  # 广西 is no city (a city's name ends in 市): never 广西
    ("planning a delivery route. Hechi or Baise, which lies further north?", F("Hechi")),  # a sentence of context
    ("Source of the Nanning centre's 8000 m2 floor area? my manager is asking", P('"Guangxi e-commerce')),
    ("Which newspaper published the article on Guangxi's 2017 cross-border e-commerce volume?", P('"Guangxi e-commerce')),
    ("东兴市属于哪个市？座標是多少？", F("防城港市")),
    ("How many SKUs is the Nanning centre carrying?", V("50000")),
    ("凤山县采用了什么模式？就是河池的那个凤山", L("“万寿谷核桃鸡产业+电商+贫困户”联动")),  # says which one, asks nothing
    ("融安的“电商+农民合作社+贫困户”模式涉及什么产品？", L("融安金桔")),  # 融安的: which model, no second subject
    ("How many platforms does the article say run rural e-commerce business in Guangxi?", L("4")),
    ("电子商务讲师团是哪一年成立的？", R()),  # no date stated: never who set it up in its place
    ("When was the e-commerce lecturer group set up?", R()),
    ("获得“淘宝村”称号的那个村，所在的地级市是哪一个？", L("钦州市")),  # the prefecture, never where it lies
    ("听说唯品会也来广西发展了？真的假的？", P("是: ")),
    ("Cenxi is under Wuzhou - what data is that based on?", P('"Guangxi administrative divisions')),
    ("广西有多少个县（不含自治县）？", L("48")),  # plain counties: no autonomous counties, districts or cities
    ("桂林市有几个县（不含自治县）？", L("8")),
    ("广西有多少个县（含自治县）？", L("60")),
    ("广西的县和自治县一共多少个？", L("60")),
    ("柳州螺蛳粉产自上海吗？", R()),  # a name the graph does not hold after a relation word: never dropped
    ("德国思爱普落户上海了吗？", R()),
    ("南宁跨境商品直购体验中心的商品来自中东吗？", R()),
    ("广西电商交易额在西部排第三吗？", R()),  # the rank the graph states is by the number of shops
    ("南宁香蕉是不是比百色芒果卖得少？", R()),  # 少: never the verdict of 多
    ("哪些地级市既有县级市又有自治县？", L("3", "来宾市", "桂林市", "百色市")),  # both conditions, never one
    ("Which prefectures have both a county-level city and an autonomous county?", L("3", "Baise", "Guilin", "Laibin")),
    ("有县级市但没有自治县的地级市有哪些？", L("6", "南宁市", "崇左市", "梧州市", "玉林市", "贵港市", "防城港市")),
    ("既没有县级市也没有自治县的地级市有哪些？", L("2", "北海市", "钦州市")),
    ("同时拥有县级市和自治县的地级市有哪些？", F("3")),
    ("农村电商业务培训超过15万人吗？", R()),  # the figure counts 人次, never set against persons
    ("Did rural e-commerce training reach more than 150,000 people?", R()),
    ("农村电商业务培训超过15万人次吗？", P("是: ")),
    ("汉塘村村民年收入有15万吗？", P("无法证实: ")),  # inside 十几万: cannot be told
    ("电商创业的主力是不是18岁到35岁的人？", P("否: ")),  # 16～40岁 is another range
    ("电商入桂招商推介会是谁主办的？", R()),  # no host recorded: refused (was an internal error)
    ("南宁中心和钦州中心哪个大？", R()),  # the size of the centres, never how many each city holds
    ("批复和论坛哪个在先？", R()),  # an order in time: not reasoned over, never a list of both kinds
    ("批复发布后多久论坛举办？", R()),  # a month (2018-08) is no day count
    ("What model does Rong'an use and what happened to kumquat prices?",
     L("Rong'an kumquat price after the model: 40 yuan per jin (40元/斤)", "Rong'an kumquat price before the model: 2 yuan per jin (2元/斤)",
       "\"E-commerce + farmers' cooperative + poor households\" model")),
    ("华为入桂发展了吗？", R()),  # a name the graph does not hold, never dropped (为 is also a word)
    ("融安用的什么模式，金桔涨到多少钱？", L("融安金桔 采用模式前售价: 2 元/斤 (2元/斤)", "融安金桔 采用模式后售价: 40 元/斤 (40元/斤)",
                                     "上涨 38 元/斤（是原来的 20 倍，涨幅 1,900%）", "“电商+农民合作社+贫困户”模式")),
    ("融安县采用模式后金桔卖多少钱一斤？", L("融安金桔 采用模式后售价: 40 元/斤 (40元/斤)")),  # the model conditions the price
    ("鳳山縣在你們的資料裡跟哪些東西有關係？", L("采用模式: “万寿谷核桃鸡产业+电商+贫困户”联动", "位于: 河池市", "万寿谷核桃鸡 —产自→ 凤山县")),  # 你们的资料里: the graph, no source asked
    ("在你们的资料里，凤山县属于哪个市？", L("河池市")),
    ("请介绍中国-东盟中小企业贸易促进平台的基本情况，包括相关数据。", V("200")),  # 包括 is no relation asked
    ("pingxiang city- where is it and what is the coordinate", P("Pingxiang (county-level city) is in Chongzuo")),  # city-: a dash, never Chongzuo's coordinates
    ("pingxiang city, the one on border - where is it?", P("Pingxiang (county-level city) is in Chongzuo")),
    ("pingxiang belong to chongzuo - this information come from where? i need the record",
     L("\"Guangxi administrative divisions (reference data)\", NBS 2023 edition (cut-off 2023-06-30)")),
    ("The walnut-chicken linkage model was adopted by a certain county. In which prefecture-level city is that county?", L("Hechi")),
    ("核实一下：中国-东盟信息港电子商务论坛是2018年9月13日在南宁举办的，对吧？", L("是: 2018-09-13", "中国-东盟信息港电子商务论坛 —举办地→ 南宁市")),  # a date and a place, both checked
    ("中国-东盟信息港电子商务论坛是2018年9月14日在南宁举办的吗？", P("否: 2018-09-13")),
    ("中国-东盟信息港电子商务论坛是2018年9月13日在柳州举办的吗？", R()),  # no source ties it to 柳州: neither yes nor no
    ("广西2017年电商交易额是7056亿美元吗？", L("广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)")),  # dollars claimed of yuan: the figure, no yes
    ("百色芒果年销售额是38亿美元吗？", L("百色芒果 年销售额: 突破 3800000000 元 (38亿)")),  # never "more than that"
    ("广西2017年电商交易额是7056亿元吗？", P("是: ")),
    ("Does the Qinzhou centre reach Hubei?",  # a province the graph does not hold, never Pubei (one letter apart)
     P("cannot tell: the source lists Hunan, Jiangxi, Sichuan and others for Qinzhou Bonded Port Area international goods direct-sales centre")),
    ("Is Baise mango from Hubei?", R()),
    # a running total as of a month: one stated as of that month, never July's for June
    ("截至2018年6月，广西农村电商服务站建了多少个？", R()),
    ("How many rural e-commerce service stations had Guangxi built by June 2018?", R()),
    ("截至2018年7月底，广西农村电商服务站建了多少个？", L("广西壮族自治区 农村电商服务站点数（累计）: 3101 个 (3101个)")),
    ("How many rural e-commerce service stations had Guangxi built as of July 2018?",
     L("Guangxi Zhuang Autonomous Region rural e-commerce service stations built (cumulative): 3101 count (3101个)")),
    ("截至2018年底广西农村网络零售额累计多少？", R()),  # a year's end: December's total, not July's
    ("How many rural e-commerce service stations had Guangxi built by the end of 2018?", R()),
    ("How many rural e-commerce service stations had Guangxi built by the end of July 2018?", P("Guangxi Zhuang Autonomous Region rural")),
    ("广西2018年1月到2018年7月的网络零售额是多少？", L("广西壮族自治区 网络零售交易额: 52800000000 元 (528亿元)")),  # a span, not 到 a month
    # who a relation word is said of, when no name covers it, is a name the graph does not hold
    ("阿里云落户广西了吗？", R()),  # never "yes" about those who did settle
    ("阿里云在广西开展农村电商业务吗？", R()),
    ("京东方入桂发展了吗？", R()),  # never 京东, the name it begins with
    ("京东也入桂发展了吗？", P("是: ")),
    # a list its sentence ends with 等 says nothing against another
    ("钦州保税港区国际商品直销中心的业务拓展到浦北了吗？", R()),
    ("钦州保税港区国际商品直销中心的业务拓展到湖南了吗？", P("是: ")),
    ("Did Vipshop run rural e-commerce in Guangxi?", P("not confirmed")),
    # 县 counted beside 区, 县级市 or 自治县 is 县 alone, never every county-level division
    ("南宁市有几个区、几个县？", L("区: 7", "县: 4")),
    ("梧州市有几个区，几个县，几个县级市？", L("区: 3", "县: 3", "县级市: 1")),
    ("河池有几个县，几个自治县？", L("县: 4", "自治县: 5")),
    # each kind with its own count word: each counted, never the places of one kind holding the other
    ("广西有多少个地级市、多少个县级市、多少个自治县？", L("地级市: 14", "县级市: 10", "自治县: 12")),
    ("广西有多少个地级市和多少个县级市？", L("地级市: 14", "县级市: 10")),
    ("How many prefecture-level cities and how many county-level cities does Guangxi have?",
     L("prefecture-level cities: 14", "county-level cities: 10")),
    ("有两个县级市的地级市是哪个？", L("1", "百色市: 2")),  # exactly two: only Baise, never all nine with one or more
    ("有5个自治县的地级市是哪个？", L("1", "河池市: 5")),
    # a short name with another division's ending is another place (of Guangdong, Zhejiang, Guizhou): never the one held
    ("兴宁市属于哪个地级市？", R()),
    ("象山县属于哪个市？", R()),
    ("钟山区在哪个地级市？", R()),
    ("Xiangshan County belongs to which city?", R()),
    ("兴宁区属于哪个地级市？", P("南宁市")),
    ("钟山县在哪个地级市？", P("贺州市")),
    ("百色县级市有哪些？", L("平果市", "靖西市")),  # 县 begins a class word, no ending
    ("靖西市采用了互市贸易+跨境电商模式吗？", P("无法确定：")),  # 凭祥、东兴等边境城市: no "no" from a list ending in 等
    ("南宁跨境商品直购体验中心有来自北京的商品吗？", R()),  # 东盟、欧美、澳洲等: never "no" from where it lies
    ("南宁跨境商品直购体验中心有来自澳洲的商品吗？", P("是: ")),
    ("2018年1至6月网络零售交易额同比增长多少？", R()),  # the graph's rate is of January to July
    ("2018年1至7月网络零售交易额同比增长多少？", L("广西壮族自治区 网络零售交易额同比增长: 13.4 % (13.4%)")),
    ("What was the e-commerce transaction volume for all of 2018?", R()),  # all of 2018: never January to July
    ("What's the southernmost county-level division in all of Guangxi?", L("Yinhai District")),  # all of a place: no year
    ("凤山模式带动了一万多人脱贫吗？", R()),  # the figure counts households: people are no households
    ("凤山模式带动了一万多户脱贫吗？", P("是: ")),
    ("Apart from JD and Google, who came to develop in Guangxi?", L("DHgate", "Vipshop", "Zhijian Yuntu")),  # never those left out
    ("阿里巴巴1688在广西开展农村电商业务吗？", R()),  # digits run on to a name: another platform, never 阿里巴巴
    ("柳州螺蛳粉2017销售额是多少？", P("柳州螺蛳粉 年销售额")),  # a year run on to it is a year
    ("Which place had the code 450127?", P("横县 (old code 450127; renamed 横州市")),  # an old code: the place that had it
    ("Which place had the code 450199?", R()),  # a code no place of the graph has: never every place
    ("450181是哪个县？", P("横州市")),
    # a word after a name says something of that name, even when another name's label holds it (商品 of 澳洲)
    ("钦州保税港区国际商品直销中心有澳洲商品吗？", R()),
    ("南宁跨境商品直购体验中心有泰国商品吗？", R()),
    # a body named after a place (广西壮族自治区商务厅) may have done what the place is said to have done: no "no"
    ("电子商务讲师团是商务厅成立的吗？", R()),
    ("电子商务讲师团是广西成立的吗？", P("是")),
    # 跟农村有关: a condition the graph cannot check, never every programme
    ("广西实施的工程中哪个跟农村有关？", R()),
    # a condition of having a date, or a relation's other end (发布机关), on what is counted or listed
    ("有发布日期的政策有几个？", L("1")),
    ("How many policies have an issue date?", L("1")),
    ("哪些政策有发布日期？", L("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复")),
    ("Which events have a start date?", L("China-ASEAN Information Harbor E-commerce Forum")),
    ("有发布机关的政策有几个？", L("4")),
    ("几个机关发布了政策？", L("3")),
    # a policy's own date of issue, never the article's
    ("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复的发布日期？", L("2018-08")),
    ("这篇文章的发布时间是什么？", P("《广西电商新跨越 经济增长新引擎》")),
    # a province written before a name: no name begins inside it (东兴 of 广东兴宁市)
    ("广东兴宁市属于哪个地级市？", R()),
    ("四川南充有淘宝村吗？", R()),
    # both (既…又…): every relation a condition on the things of the kind, never who does each
    ("既开展农村电商又入桂发展的企业是哪家？", L("京东")),
    ("Which company both runs rural e-commerce and came to develop in Guangxi?", L("JD.com")),
    # 县 of a list that holds districts and county-level cities: said, with the 县 among them
    ("六堡茶产地下辖哪些县？", L("万秀区", "岑溪市", "苍梧县", "蒙山县", "藤县", "长洲区", "龙圩区")),
    # a ranking within a group a source names by its number (三大特产): no group the graph holds, refused
    ("三大特产中2017年销售额最低的是哪个？", R()),
    ("Which of the three big specialties had the lowest 2017 sales?", R()),
    # 所在镇 (the town it lies in) asks where, at that level
    ("淘宝村所在镇叫什么名字？", L("武利镇")),
    ("汉塘村所在县是哪个？", L("灵山县")),
    ("融安县所在市？", L("柳州市")),
    # a place's division code, and the code it had before a change; a code asked with a count is not dropped
    ("融安县的区划代码是多少？", L("450224")),
    ("What is Rong'an County's division code?", L("450224")),
    ("What is the division code of the county that grows Rong'an kumquats?", L("450224")),
    ("横县以前的区划代码是多少？", L("450127（2021-02-03以前）")),
    ("What was Hengxian's old division code?", L("450127 (before 2021-02-03)")),
    ("融安县的旧代码是多少？", R()),
    ("融安模式的县区划代码是多少？", R()),
    # a place said to lie in another province is not the Guangxi place of its name
    ("Which province is Pingxiang, Jiangxi in?", R()),
    ("江西萍乡市属于哪个省？", R()),
    ("Pingxiang, Guangxi: which prefecture?", L("Chongzuo")),
    # a class word narrower than its class (茶) that no answer is named by: dropped, refused
    ("茶叶里哪一种卖得最好？", R()),
    ("哪种茶2017年销售额突破了30亿元？", R()),
    # whether a list is whole (就这三家吗, are these all): refused, never yes or no; one not among a list that
    # ends with 等 may still be one
    ("阿里巴巴一达通、浙江聚贸、思爱普就是全部落户广西的平台吗？", R()),
    ("落户广西的跨境电商平台有哪些？就这三家吗？", R()),
    ("Are Alibaba OneTouch, Zhejiang Jumore and SAP all the platforms that settled in Guangxi?", R()),
    ("入桂发展的企业一共就五家吗？", R()),
    ("唯品会算不算落户广西的跨境电商平台？", P("无法证实: 来源列举到“等”为止")),
    # how a name is written: pinyin, English name (said to be made, not official)
    ("What is the pinyin of Lingshan County?", L("Lingshan")),
    ("灵山县的拼音是什么？", L("Lingshan")),
    ("What's the English name of 融水苗族自治县?", L("Rongshui Miao Autonomous County")),
    ("融安县的英文名和区划代码？", L("Rong'an County", "450224")),  # each asked of the one name
    # 同时也 (at the same time also): both
    ("在广西做农村电商、同时也入桂发展的是哪家公司？", L("京东")),
    # the sources of the whole graph (reference data too); the source of the coordinates
    ("图谱的数据来源有哪几个？", L("《广西行政区划参考数据说明》", "《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）",
                           "《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml")),
    ("Which dataset provides the coordinates?", L('"Guangxi administrative divisions (reference data)", NBS 2023 edition (cut-off 2023-06-30)')),
    # the characters a name holds, a condition (名字里带龙, 龙 in their Chinese name)
    ("名字里带龙的县有哪些？", L("龙圩区", "龙州县", "龙胜各族自治县")),
    ("Which counties have 龙 in their Chinese name?", L("Longsheng Various Nationalities Autonomous County", "Longxu District", "Longzhou County")),
    # what a relation points to asked (什么模式, what model): shown with each thing listed
    ("崇左的县级市采用了什么模式？", L("“互市贸易+跨境电商”新模式")),  # its one county-level city: 凭祥市
    ("What model did Chongzuo's county-level city adopt?", L('"Border trade + cross-border e-commerce" model')),  # its one: Pingxiang
    ("金花茶产地下辖的县级市采用了什么模式？", L("东兴市: “互市贸易+跨境电商”新模式")),
    # before and after, both (前后价格, b4 and after)
    ("融安金桔前后价格？", L("融安金桔 采用模式后售价: 40 元/斤 (40元/斤)", "融安金桔 采用模式前售价: 2 元/斤 (2元/斤)")),
    ("rongan kumquat price b4 and after?", L("Rong'an kumquat price after the model: 40 yuan per jin (40元/斤)",
                                             "Rong'an kumquat price before the model: 2 yuan per jin (2元/斤)")),
    ("行政区划代码是哪个版本？", L("《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）")),
    # people asked of a figure in households: no answer (一万余户 is no number of people)
    ("凤山模式带动了多少人脱贫？", R()),
    ("How many poor people did the Fengshan walnut-chicken linkage lift out of poverty?", R()),
    ("hw many demo county guangxi got", P("Guangxi Zhuang Autonomous Region national rural e-commerce demonstration counties: 47")),
    # clauses of one sentence, each asking its own thing about the first clause's name (red-team round 8)
    ("Which prefecture is Fengshan in, and what's its code?", L("Hechi", "451223")),
    ("融安县属于哪个市，区划代码是多少？", L("柳州市", "450224")),
    ("When and where will the forum be held, and what is its theme?",
     L("Nanning", "2018-09-13", "New integration of the e-commerce industry, new development of digital commerce")),
    ("Which platforms run rural e-commerce in Guangxi and which enterprises came to develop there?",
     L("Alibaba", "Ganjie", "JD.com", "Lecuntao", "DHgate", "Google", "Vipshop", "Zhijian Yuntu")),
    ("钦州中心开了几家店，位于哪个区？", L("钦州保税港区国际商品直销中心 线下体验店数: 超过 30 个 (30多家)", "钦南区")),
    ("河池有几个县，几个区？", L("县: 9", "区: 2")),  # one count of two kinds, never split
    # a facility by its place's name and its kind word
    ("钦州中心位于哪个区？", L("钦南区")),
    ("南宁中心有多少商家？", P("南宁跨境商品直购体验中心 入驻商家数")),
    ("钦州有几个中心？", R()),  # how many centres: the graph lists some, no total
    # a division's level, as the data states it
    ("What level of division is the Qinzhou Bonded Port Area?", L("township-level zone (statistical, not an admin division)")),
    ("融安县是哪一级行政区？", L("县（county）")),
    ("横州市是什么级别？", L("县级市（county-level city）")),
    ("What is Rong'an County's division level?", L("county")),
    # still called: no when the name asked is the old one
    ("Is Hengxian still called Hengxian?", L("no: Hengzhou (county-level city)")),
    ("横县现在还叫横县吗？", L("否: 横州市")),
    ("横州市还叫横州市吗？", L("是: 横州市")),
    # the theme of the forum: what the relation points to, not the forum
    ("What is the theme of the forum?", L("New integration of the e-commerce industry, new development of digital commerce")),
    # who, beside a list of a kind, asks which of them: never everything settled in Guangxi
    ("落户广西的跨境电商平台都有谁", L("德国思爱普（SAP）", "浙江聚贸", "阿里巴巴一达通")),
    # 一共卖了多少: the sum
    ("南宁香蕉、百色芒果、柳州螺蛳粉2017年一共卖了多少", F("合计至少 14800000000 元")),
    # a bound against an approximation: which is larger cannot be confirmed
    ("培训受益人数比带动就业人数多吗？", F("无法证实: 培训受益人数 10万人 < 直接和间接带动就业人数 12万人")),
    # names not in the graph: another division's ending, a number after a name
    ("Which prefecture is Dongxing District in?", R()),
    ("Does Alibaba 1688 do rural e-commerce in Guangxi?", R()),
    # 县（含自治县）: 县 in its narrow sense
    ("县（含自治县）少于3个的地级市有哪些？", L("4", "北海市: 1", "防城港市: 1", "钦州市: 2", "贵港市: 1")),
    # a count of another kind than the things listed, or than the figure counts: refused
    ("国务院批复里点名的广西城市有几个市辖区", R()),
    ("批复一共同意了多少个城市？", V("22")),  # the one reply counted: its stated 22
    # the things of a kind that lie in a place (a facility's locatedIn is a relation to the place like any other)
    ("南宁有哪些设施？", L("南宁跨境商品直购体验中心")),
    ("Which facilities are in Qinzhou?", L("Qinzhou Bonded Port Area international goods direct-sales centre")),
    # red-team round 9: a place of its own (北海道), a name's Chinese form, 县 beside districts in English
    ("北海道有几个市辖区", R()),
    ("What's the Chinese name of Wuzhou Liubao tea?", L("梧州六堡茶")),
    ("How many counties and how many districts does Hechi have?", L("counties: 9", "districts: 2")),
    ("2017年个人网店数量和占全国比重各是多少", L("广西壮族自治区 个人网店数量: 54935 个 (54935家)", "广西壮族自治区 占全国店铺数比重: 0.8 % (0.8%)")),
    ("自治县数量上，河池比百色多几个？", F("河池市比百色市多 4 个")),
    ("Which prefecture is Ping Xiang city in?", L("Chongzuo")),  # the city itself, not the city it lies in
    ("文章里哪些产品是南宁产的？", L("南宁老友粉", "南宁香蕉", "横县茉莉花茶")),
    ("2017年跨境电商在广西电商总盘子里占百分之几？", P("广西壮族自治区 跨境电商交易额")),  # with 6.02% worked out
    # red-team round 10: a later clause of the first one's answer (that prefecture), of the things counted (哪些县),
    # of its topic (个人网店); the article as scope in English; 只算县
    ("Which prefecture produces luosifen, and how many districts does that prefecture have?", L("Liuzhou", "5")),
    ("Which prefecture is Fusui in, and how many county-level units does that prefecture have?", L("Chongzuo", "7")),
    ("广西有多少个国家级电商进农村示范县，具体是哪些县？", L("广西壮族自治区 国家电子商务进农村综合示范县数量: 47 个 (47个县)")),
    ("2017年广西个人网店有多少家，占全国比重多少？", L("广西壮族自治区 个人网店数量: 54935 个 (54935家)", "广西壮族自治区 占全国店铺数比重: 0.8 % (0.8%)")),
    ("Which products in the article come from Hechi prefecture?", L("Hechi longevity food", "Wanshougu walnut chicken")),
    ("广西最东端的县是哪个（只算县）", L("苍梧县")),
    ("在南宁跨境直购中心能买到哪些地方的货？", L("东盟", "欧美", "澳洲")),  # where the goods come from, not where it lies
    ("What's the title of the article in Chinese?", F("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml")),
    ("Where is SAP from, according to the article?", R()),  # where it settled is not where it comes from
    ("京东是哪国的公司？", R()),
    ("Where did SAP settle?", L("Guangxi Zhuang Autonomous Region")),
    # a place of another province by its pinyin is that place, never a Guangxi place spelt alike (湛江, not 环江)
    ("Which prefecture is Zhanjiang in?", R()),
    ("Which prefecture is Longchuan County in?", R()),
    ("What are the coordinates of Fengshun County?", R()),
    ("Which prefecture is Lingchuan County in?", L("Guilin")),
    ("What does Liuzhuo produce?", L("Liuzhou river-snail rice noodles")),  # a typo that names no place
    # the data on a place asked where it comes from: its sources, not the place's goods
    ("Where does the data on Lingyun County come from?", L("\"Guangxi administrative divisions (reference data)\", NBS 2023 edition (cut-off 2023-06-30)",
                                                           "\"Guangxi e-commerce's new leap, a new engine of economic growth\", Sina Guangxi, 2018-08-20, http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml")),
    # an article asked: the division data set is no article
    ("这些广西电商数据出自哪篇文章？是哪家媒体发的？", L("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml")),
    ("Which article are these Guangxi e-commerce facts taken from, who published it and when?",
     L("\"Guangxi e-commerce's new leap, a new engine of economic growth\", Sina Guangxi, 2018-08-20, http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml")),
    # a question that goes on after its question mark with no subject: a clause of the first one's, both answered
    ("广西跨境电商交易额2017年达到多少？占进出口总额多少？", V("42500000000", "11")),
    # where a model is: the places that adopt it (a chain goes on from them)
    ("凤山模式是哪个县的？", L("凤山县")),
    ("凤山模式所在的县归哪个市管？", L("河池市")),
    ("Where is the border trade + cross-border e-commerce model explored?", L("Dongxing (county-level city)", "Pingxiang (county-level city)")),
    # a figure asked, then its share: both, in the order asked (never the share alone)
    ("How many individual online shops did Guangxi have in 2017, and what share of the national total was that?",
     V("54935", "0.8")),
    ("How much was Guangxi's cross-border e-commerce trade in 2017 and what share of total imports and exports was it?",
     V("42500000000", "11")),
    ("2017年广西有多少个人网店，占全国的比重是多少？", V("54935", "0.8")),
    ("What share of the national total were Guangxi's online shops?", V("0.8")),
    # the plan's targets are not its supports ("targets" repeats no word of "targeted poverty alleviation")
    ("What targets does the 2018-2020 e-commerce poverty alleviation action plan set?", R()),
    # a terse phrase ending in a class word asks which ones (cross-border is no verb: no yes or no)
    ("GX CBEC comprehensive pilot zone city?", L("Nanning")),
    # the kinds left out as asked: no note that they were counted
    ("Which Guangxi prefecture has the most counties, not counting districts or county-level cities?", P("Guilin: 10")),
    # who built it is not in the graph, though the sentence cited holds the word: that part is said to be left out
    ("中国-东盟中小企业贸易促进平台是谁开发的，服务了多少家企业", V("200")),
    ("Who developed the China-ASEAN SME trade promotion platform?", R()),
    # how many, then who they are: the ones counted, never everything settled there
    ("落户广西的跨境电商平台有几个？分别是谁？", L("3")),
    # two rates compared, each of its own period
    ("2017年跨境电商增速和2018年前7月网络零售增速哪个高", V("28.8", "13.4")),
    ("Which grew faster: cross-border e-commerce in 2017 or online retail in the first seven months of 2018?", V("28.8", "13.4")),
    # two figures given by their words: the growth between their years, worked out
    ("用1266亿和7056亿自己算一下年均增速，和文章说的53.3%对得上吗？", P("2013年至2017年增加 579000000000 元")),
    # the asker's own office is no subject; the forum is the one forum
    ("我是南宁市商务局的，想确认三件事：论坛主题是什么、哪天开、在哪开？", L("南宁市", "2018-09-13", "电商产业新融合·数字商务新发展")),
    # several things asked of one name in a list: each asked alone, all given
    ("凤山县的代码和拼音分别是什么？", L("451223", "Fengshan")),
    ("融安县的代码、拼音和所属地级市", L("450224", "Rong'an", "柳州市")),
    ("What are the code and the pinyin of Lingshan County?", L("450721", "Lingshan")),
    # which of two kinds one thing is: the kind that holds, never yes or no
    ("荔浦是县还是县级市？", L("县级市: 荔浦市 (县级行政区)")),
    ("恭城是县还是县级市？", L("县: 恭城瑶族自治县 (县级行政区)")),
    ("Is Lipu a county or a county-level city?", L("county-level city: Lipu (county-level city) (County-level division)")),
    # round 13: kinds left out with 不要; did it grow 13.4% in 2017 (the rate is of 2018): refused, never worked back;
    # a rate of each period compared (year-on-year and average annual); the places of the prefecture a thing comes
    # from; one thing's figure as a share of another's
    ("梧州有哪些县？不要区和县级市", L("苍梧县", "蒙山县", "藤县")),
    ("Did Guangxi's online retail sales grow 13.4% in 2017?", R()),
    ("2017年跨境电商同比增速和2013-2017年电商交易额年均增速哪个更高？", F("广西壮族自治区 电子商务交易额年均增长率: 53.3 % (53.3%)")),
    ("Which county-level divisions are in the prefecture that selenium-rich products come from?",
     L("Gangbei District", "Gangnan District", "Guiping (county-level city)", "Pingnan County", "Qintang District")),
    ("百色芒果产地有哪些县？", R()),
    ("2017年柳州螺蛳粉销售额相当于当年广西电商交易额的百分之几？", V("3000000000", "705600000000")),
    ("Which Guangxi prefecture is Jiangzhou District in?", L("Chongzuo")),  # where, the level said with Guangxi
    ("Give Qinzhou's coordinates and division code.", L("Qinzhou is in Guangxi Zhuang Autonomous Region (latitude 21.979933, longitude 108.654146)",
                                                         "Guangxi Zhuang Autonomous Region", "450700")),
    ("Hechi oversees how many county-level units?", L("11")),
    ("柳江现在是县还是区？", L("区: 柳江区 (县级行政区)")),
    # round 14: a misspelt prefecture before its ending (来滨市); two rates' difference (差几个百分点, the gap between);
    # how many percent more is the excess; per 1,000 square metres; For X: several parts, each answered
    ("象州县属于来滨市吗", P("是: 象州县")),
    ("2018年1-7月网络零售额增速和2017年跨境电商增速差几个百分点", V("28.8", "13.4")),
    ("What is the gap between the 2017 cross-border growth rate and the January-July 2018 online retail growth rate?", V("28.8", "13.4")),
    ("2017年南宁香蕉销售额比柳州螺蛳粉多百分之几？", L("南宁香蕉 年销售额: 突破 8000000000 元 (80亿)", "柳州螺蛳粉 年销售额: 突破 3000000000 元 (30亿元)", "多约 166.7%")),
    ("How many merchants per 1,000 square metres at the Nanning direct-purchase center?", F("merchants on site ÷ floor area × 1,000: about 50 count")),
    ("For Guilin: how many county-level divisions, how many autonomous counties, and its division code?", L("17", "2", "450300")),
    # two names, then what is asked of each: each name asked alone, each part said with its answers
    ("凤山县和融安县分别属于哪个市，行政区划代码各是多少？", L("河池市", "451223", "柳州市", "450224")),
    ("凤山县和融安县的行政区划代码各是多少？", L("凤山县: 451223", "融安县: 450224")),
    # round 15: two mentions asked to be one place, both read as the same city: yes
    ("举办中国-东盟信息港电子商务论坛的城市，和南宁香蕉的产地，是同一个地方吗？", L("是: 南宁市 (地级行政区)")),
    ("南宁市和南宁是同一个地方吗？", L("是: 南宁市 (地级行政区)")),
    # round 16: a word split by a filler character (阿里系: 里) is a word not understood, never dropped
    ("落户广西的跨境电商平台里，哪个是阿里系的？", R()),
    # round 17: a kind left out of a list is left out (counties only, no districts or county-level cities)
    ("List the counties of Nanning (counties only, no districts or county-level cities).",
     L("Binyang County", "Long'an County", "Mashan County", "Shanglin County")),
    ("List Guilin's counties, leaving out autonomous counties, districts and county-level cities.",
     L("Guanyang County", "Lingchuan County", "Pingle County", "Quanzhou County", "Xing'an County", "Yangshuo County",
       "Yongfu County", "Ziyuan County")),
    ("桂林有哪些县，不算自治县", L("全州县", "兴安县", "平乐县", "永福县", "灌阳县", "灵川县", "资源县", "阳朔县")),
    ("南宁有哪些县？只要县，不要区和县级市", L("上林县", "宾阳县", "隆安县", "马山县")),
    # a statement, then a yes/no question of its own: the question answered, never the statement's yes
    ("凤山用核桃鸡模式带动一万多户脱贫，凤山是百色的吧？",
     L("是: “万寿谷核桃鸡产业+电商+贫困户”联动 带动贫困户增收脱贫户数: 超过 10000 户 (一万余户)",
       "否: 凤山县 —位于→ 河池市")),
    ("汉塘村果苗2017年卖了1.6亿，汉塘村是在北海的吧？",
     L("是: 汉塘村果苗 年销售额: 160000000 元 (1.6亿元)", "否: 汉塘村 —位于→ 钦州市")),
    ("Fengshan lifted over 10,000 households out of poverty with the walnut-chicken model; Fengshan is in Baise, right?",
     L("no: Fengshan County —located in→ Hechi")),
    ("我是商务局的，凤山是河池的吧？", L("是: 凤山县 —位于→ 河池市")),
    # one year asked is never answered by the average annual growth of several years ending in it
    ("Did the article say Guangxi's e-commerce transactions grew 53.3% in 2017 alone?", R()),
    ("文章是不是说广西电商交易额光2017年一年就增长了53.3%？", R()),
    ("2017年广西电商交易额增长多少？", R()),
    ("截至2017年广西电商交易额年均增长多少？", V("53.3")),
    ("广西电商交易额年均增长53.3%吗？", P("是")),
    # the border city under a prefecture is another thing than the prefecture
    ("The border city under Fangchenggang mentioned in the article: what's its pinyin?", R()),
    ("The Chongzuo border city in the article: what's its pinyin and what model does it adopt?", R()),
    ("崇左那个边境城市拼音是什么", R()),
    ("Rong'an County: what's its pinyin?", L("Rong'an")),
    # several things asked of one name after a colon or its possessive: each answered, none dropped
    ("Daxin county: Chinese name and prefecture?", L("大新县", "Chongzuo")),
    ("Daxin County's Chinese name and prefecture?", L("大新县", "Chongzuo")),
    ("Daxin County: what's its Chinese name and which prefecture is it in?", L("大新县", "Chongzuo")),
    ("Daxin county: Chinese name and code?", L("大新县", "451424")),
    # round 18: which figure a number given is; never the article in its place
    ("which guangxi number in the article is 4220", V("422000000000")),
    ("4220指的是什么", V("422000000000")),
    ("“超过10万人”是哪个指标？", V("100000")),
    ("0.8%指的是什么", V("0.8")),
    ("what does 9999 refer to", R()),
    # among the things the first clause counts, never among every county; 不是自治县 leaves them out
    ("河池的几个自治县里，哪个最靠北？", L("环江毛南族自治县")),
    ("河池有几个自治县，哪个最靠北？", L("5", "环江毛南族自治县")),
    ("百色市的县里，不是自治县的有哪些？（区和县级市不算）", L("乐业县", "凌云县", "德保县", "田东县", "田林县", "西林县", "那坡县")),
    ("来宾市有哪些县不是自治县？（区和县级市不算）", L("忻城县", "武宣县", "象州县")),
    ("融水是不是自治县？", P("是")),
    # a question that leans on the statement before it is not asked alone
    ("既然南宁进了22城综试区名单，柳州应该也在里面吧？", R()),
    # a full name asked is the name, never where the place is
    ("What is the full name of Fuchuan?", L("Fuchuan Yao Autonomous County", "富川瑶族自治县")),
    ("富川的全称是什么", L("富川瑶族自治县", "Fuchuan Yao Autonomous County")),
    ("Fuchuan: prefecture and full name", L("Hezhou", "Fuchuan Yao Autonomous County", "富川瑶族自治县")),
    # two questions of the same names, the second naming none: both answered
    ("乐业县和田林县各属哪个市、哪个更靠西", L("百色市", "田林县")),
    ("凤山县和凌云县各属哪个市、哪个更靠西", L("河池市", "百色市", "凌云县")),
    # a short name (简称) is the thing's Chinese alternative labels; coords are its coordinates
    ("罗城仫佬族自治县简称什么？", L("罗城", "罗城县")),
    ("What is the short name of Sanjiang Dong Autonomous County?", L("三江", "三江县")),
    ("coords of tianlin county", P("Tianlin County is in Baise")),
    ("文章里哪个指标是“50%左右”？", V("50")),
    # what the article describes is where the things counted are, not a question of which article
    ("How many poverty-alleviation models does the article describe?", L("2")),
    ("Which article describes the walnut chicken model?", P('"Guangxi e-commerce\'s new leap')),
    # round 19: two kinds of member set against each other per group: refused, never one counted for the other
    ("有瑶族自治县的那几个地级市里，哪个下辖的县级单位最多？", R()),
    ("哪些地级市的市辖区和县一样多？", R()),
    ("Which Guangxi prefectures have more counties than districts?", R()),
    ("哪个地级市的自治县最多？", L("河池市: 5")),
    # outside a place: the members not in it; whether a thing is outside one is not a relation held
    ("how many autonomous counties does guangxi have outside hechi", L("7")),
    ("Which autonomous counties are outside Hechi?", L(
        "Fuchuan Yao Autonomous County", "Gongcheng Yao Autonomous County", "Jinxiu Yao Autonomous County",
        "Longlin Various Nationalities Autonomous County", "Longsheng Various Nationalities Autonomous County",
        "Rongshui Miao Autonomous County", "Sanjiang Dong Autonomous County")),
    ("Is Dongxing outside Guangxi?", R()),
    # where things come from, or the article's things: no question of a source
    ("那1826个网销单品主要来自哪些县？", R()),
    ("How many different prefecture-level cities do the article's named products come from?", R()),
    ("Where does the 13.4% growth in online retail sales come from?", P('"Guangxi e-commerce\'s new leap')),
    # a figure tied in a yes/no question to a thing that holds none of it: no yes
    ("融安金桔卖到40元一斤，是靠凤山那个核桃鸡模式吧？", R()),
    # a part of a figure given: never the figure
    ("截至2018年7月的3101个服务站点里，有多少是2018年新建的？", R()),
    ("Of the 3,101 service stations, how many were built in 2018?", R()),
    # which thing is written so (its pinyin given): the thing, with the row behind it
    ("Which division is romanised Changzhou?", L("Changzhou District")),
    ("Which Guangxi division has the pinyin name Yizhou?", L("Yizhou District")),
    ("Which division has the pinyin name Beijing?", R()),
    # round 20: the level a rate grew from; a number with its measure words; units of a claim; only; look-alikes
    ("The 53.3% average annual growth figure for Guangxi e-commerce - what was the starting-year value it grew from?",
     V("126600000000")),
    ("广西电商交易额年均增长53.3%，基数是多少？", V("126600000000")),
    ("“30多家”说的是什么？", L("钦州保税港区国际商品直销中心 线下体验店数: 超过 30 个 (30多家)")),
    ("Is the Nanning cross-border goods direct-purchase experience centre 8,000 square kilometres in size?", P("no")),
    ("文章说广西农村电商培训了20万人，对吧？", L("广西壮族自治区 农村电商业务培训（累计）: 200000 人次 (20万人次)")),
    ("广西农村电商培训了30万人吗？", P("否")),
    ("Gongcheng is Guilin's only autonomous county, right?", R()),
    ("Which prefecture is Xingbin District in, and is it that prefecture's only district?", L("Laibin")),
    ("What's the division code of Pinggu District?", R()),
    ("What's the division code of Pinggui District?", L("451103")),
    ("guangxi cross border ecommerce 2017 yoy growth", V("28.8")),
    # round 21: the whole of a share keeps the kinds left out; a count is never a code; a statistical zone is no
    # administrative division; a question inside a phrase is no name; a short name written on into another
    # province's place
    ("广西的县（不含市辖区和县级市）里，自治县占几成？", L("约 20.0%")),
    ("How many county-level divisions in Guangxi have GB codes starting with 4512?", F("11")),
    ("Is the Qinzhou bonded port area an administrative division?", P("no")),
    ("钦州保税港区是行政区划吗？", P("否")),
    ("Is Lingshan County an administrative division?", P("yes")),
    ("Jasmine tea's origin is under which prefecture?", L("Nanning")),
    ("Jasmine tea's origin is under which prefecture, and what's that prefecture's code?", L("Nanning", "450100")),
    ("兴安盟下面有哪些旗？", R()),
    ("兴安属于哪个市？", L("桂林市")),
    # several parts of division data, after a question mark; codes of several places; a place by its code
    ("永福县属于哪个市？拼音怎么拼？", L("桂林市", "Yongfu")),
    ("西乡塘区属于哪个市，拼音怎么写？", L("南宁市", "Xixiangtang")),
    ("上思县和宁明县分别属于哪个市？代码是多少？", L("防城港市", "450621", "崇左市", "451422")),
    ("What are the GB codes of Xingye County and Fusui County?", L("Xingye County: 450924", "Fusui County: 451421")),
    ("兴业县和扶绥县的代码是多少？", L("兴业县: 450924", "扶绥县: 451421")),
    ("gb code of heshan city guangxi", L("451381")),
    ("450105是哪个区？", L("江南区")),
    # 5.5万 is 55,000, never 5; 有没有 a number asks whether the figure reaches it
    ("2017年广西个人网店数量超过5.5万家了吗？", P("否")),
    ("2017年广西个人网店数量有没有5.5万家？", P("否")),
    ("2017年广西个人网店数量有没有5万家？", P("是")),
    # a number of a kind a place holds is checked, never a yes for having some
    ("Does Guangxi have 13 autonomous counties?", P("no: 12")),
    ("Does Hechi have 5 autonomous counties?", P("yes: 5")),
    ("广西有12个自治县吗？", P("是: 12")),
    ("河池有6个自治县吧？", P("否: 5")),
    # 只算县: counties (and autonomous counties) only, not every county-level division
    ("河池和百色，哪个下辖的县（只算县，含自治县）更多？", L("河池市: 9")),
    ("How many of Baise's county-level divisions are not counties (i.e. districts or county-level cities)?", F("county-level divisions: 4")),
    # a difference of two figures of periods of different length: the difference only, no growth rate
    ("2018年1-7月的电商交易额比2013年全年多多少亿元？", F("295400000000 元")),
    ("How much more was Guangxi's Jan-Jul 2018 e-commerce volume than its 2013 volume?", F("295400000000 yuan (CNY)")),
    # the 12-digit statistical code is the data's own, never the 6-digit code padded
    ("蒙山县的12位统计代码是多少？", L("450423000000")),
    ("What's the full 12-digit statistical code of Laibin?", L("451300000000")),
    ("汉塘村的统计用区划代码是多少？", L("450721115208")),
    # which county … does something: the counties that do it, not where something lies
    ("河池市里，哪个县采用了电商扶贫模式？", L("凤山县")),
    ("Which county in Hechi adopted an e-commerce poverty-alleviation model?", L("Fengshan County")),
    ("长寿食品产地市里，哪个县采用了电商扶贫模式？", L("凤山县")),
    # the origin's city (产地城市, 产地市) asks the city's own places, never where within it the product comes from
    ("桂林米粉产地城市有哪几个自治县？", L("恭城瑶族自治县", "龙胜各族自治县")),
    ("六堡茶产地市的县级单位里，哪个最靠北？", L("蒙山县")),
    ("百色芒果产地有哪些县？", R()),
    # further among the places of a kind is furthest
    ("芒果产地市下面那两个县级市，哪个更靠东？", L("平果市")),
    ("Of Baise's county-level cities, which is further east?", L("Pingguo (county-level city)")),
    # "Guangxi county-level divisions" are Guangxi's, never a county named Guangxi
    ("How many Guangxi county-level divisions are there?", L("111")),
    ("Which Guangxi county-level cities are in Baise?", L("Jingxi (county-level city)", "Pingguo (county-level city)")),
    ("Jiangnan County is in which city?", R()),
    # 川 in their names is a condition on names, no person's name asked
    ("Which county-level divisions have 川 in their names?", L("Fuchuan Yao Autonomous County", "Lingchuan County", "Luchuan County")),
    # a clause asked of each thing listed
    ("Which Guangxi county-level divisions have 川 in their names, and which prefecture is each in?",
     L("Fuchuan Yao Autonomous County", "Lingchuan County", "Luchuan County", "Fuchuan Yao Autonomous County: Hezhou",
       "Lingchuan County: Guilin", "Luchuan County: Yulin")),
    ("名字里带川字的县级行政区有哪些，各属于哪个市？", L("富川瑶族自治县", "灵川县", "陆川县", "富川瑶族自治县: 贺州市", "灵川县: 桂林市", "陆川县: 玉林市")),
    ("百色有哪些县级市？分别属于哪个市？", L("平果市", "靖西市", "平果市: 百色市", "靖西市: 百色市")),
    # a line of latitude or longitude is kept when the question is read through another one (never dropped)
    ("桂林市北纬25度以南的县（不含区和县级市）有几个？", L("4")),
    ("出产六堡茶的市里，有几个县级单位位于东经111度以东？", L("4")),
    ("六堡茶产地市的县级单位里，东经111度以东的有几个？", L("4")),
    # counties with the autonomous ones: counties, not every county-level division
    ("Which has more counties, autonomous ones included: Hechi or Baise?", L("Hechi: 9")),
    # a kind of body described by a name is not that body
    ("How many policy documents in the graph were issued by a Guangxi government body?", R()),
    ("How many policy documents were issued by the Guangxi regional government?", L("1")),
    # the file the graph was built from
    ("What's the file name of the source article in the graph?", L("000_344fe5bdacb1ee74.txt")),
    ("原文的文件名是什么？", L("000_344fe5bdacb1ee74.txt")),
    # higher latitude is further north; a latitude above a number is a line
    ("Between Lingshan and Lingyun counties, which has the higher latitude in the graph?", L("Lingyun County")),
    ("灵山县和凌云县哪个纬度更高？", L("凌云县")),
    ("河池的自治县里，纬度高于北纬24.5度的有几个？", L("2")),
    # whether a place lies on a side of a line, by its coordinates
    ("凭祥市是不是在东经107度以西？", P("是")),
    ("Is Beihai south of 22°N?", P("yes")),
    ("凭祥和东兴都在北纬22度以南吗？", F("否")),
    # the code asked as 6 digits; each thing's code; the place the first clause answers (这个市)
    ("What's the 6-digit division code for Longsheng?", L("450328")),
    ("钦州市下辖哪些区县，代码分别是多少？", L("浦北县", "灵山县", "钦北区", "钦南区", "浦北县: 450722", "灵山县: 450721",
                                          "钦北区: 450703", "钦南区: 450702")),
    ("出产凌云茶的县在哪个地级市，这个市的区划代码是？", L("百色市", "451000")),
    # everyday words that ask nothing of their own
    ("Back in 2013, Guangxi's e-commerce transactions totalled how much?", V("126600000000")),
    ("How many distinct products does the graph hold?", L("15")),
    # the average of several figures: their sum divided by how many, a lower bound when each is
    ("南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额的平均值是多少？", F("平均至少 4933333333 元")),
    ("What's the average 2017 sales figure across Nanning bananas, Baise mangoes and Liuzhou luosifen?", F("average: at least 4933333333 yuan (CNY)")),
    # things tied to a thing of another kind: by a relation of the ontology, never every thing of the first kind
    ("How many products in the graph are tied to an e-commerce poverty-alleviation model?", L("2")),
    ("哪些产品和电商扶贫模式有关？", L("万寿谷核桃鸡", "融安金桔")),
    # how many sources the graph has (the kinds in brackets are examples, not a condition)
    ("图谱的数据来源一共有几个（新闻文章、数据集等）？", F("3")),
    # a sum of several figures keeps each (online single products is the 1826)
    ("What's the combined cumulative count of rural service stations, logistics delivery points and online single products by July 2018?",
     F("combined: 7155 count")),
    ("What's the combined count of rural service stations, logistics delivery points and products by July 2018?", R()),
    # the place one level up, then its divisions counted
    ("出产凌云茶的县，上级市一共下辖几个县级行政区？", L("12")),
    ("凌云县的上级市一共下辖几个县级行政区？", L("12")),
    # a word that leaves something out is never dropped; a kind asked is never dropped from who did it
    ("哪些政策文件除了支持“电子商务发展”，还支持另一个主题？分别是什么？", R()),
    ("中国-东盟信息港电子商务论坛的三个议题里，哪个与农村有关？论坛由谁承办？", R()),
    # a market a thing's business reaches is no place its figures are of
    ("钦州保税港区国际商品直销中心在四川开了几家门店？", R()),
    # what is known about a division: its row of the division data too
    ("What is known about Lingshan County?", L("located in: Qinzhou", "division code: 450721", "pinyin: Lingshan",
                                                 "coordinates: 22.416536, 109.291006")),
    # the people an autonomous county is named for, read from its official name
    ("融水和三江各是什么民族的自治县？", L("融水苗族自治县: 苗族", "三江侗族自治县: 侗族")),
    ("Dahua county is autonomous county for which people?", L("Yao")),
    ("龙胜是什么民族的自治县？", L("各族")),
    ("灵山县是什么民族的自治县？", L("灵山县不是自治县")),
    ("河池有哪些自治县，分别是哪个民族的？", L("大化瑶族自治县", "巴马瑶族自治县", "环江毛南族自治县", "罗城仫佬族自治县", "都安瑶族自治县",
                                    "大化瑶族自治县: 瑶族", "巴马瑶族自治县: 瑶族", "环江毛南族自治县: 毛南族", "罗城仫佬族自治县: 仫佬族",
                                    "都安瑶族自治县: 瑶族")),
    # a hyphenated word the lexicon writes apart; the code asked as 六位
    ("What was Guangxi's rural service-station count by July 2018?", V("3101")),
    ("岑溪市的六位行政区划代码是多少？", L("450481")),
    # the divisor is the one named right after 每, never one named before it
    ("按培训人次算，平均每个服务站点培训了多少人次？", F("农村电商业务培训（累计） ÷ 农村电商服务站点数（累计）：约 64.50 人次")),
    # the total of a share is the one named after 是…的 / 占 / percentage of
    ("百色芒果销售额大约是2017年广西跨境电商交易额的百分之几？", L("百色芒果 年销售额: 突破 3800000000 元 (38亿)",
                                                   "广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)",
                                                   "2017年百色芒果 年销售额占广西壮族自治区 跨境电商交易额的 8.94%")),
    # a name still in use: no, with the change
    ("横县这个名字现在还在用吗？", P("否")),
    ("Is the name Hengxian still in use?", P("no")),
    # the divisions dataset is no question about Guangxi
    ("What does the graph say about the Guangxi administrative divisions reference dataset?", R()),
    # closer to the equator is further south; a place by its 12-digit code
    ("Which is closer to the equator going by the prefecture coordinates: Beihai or Fangchenggang?", L("Beihai")),
    ("Which prefecture has the 12-digit code 451100000000?", P("Hezhou")),
    # a figure asked in billions or 万元: the figure, and its value in that scale noted (the word never blocks it)
    ("cross-border e-com turnover for Guangxi in 2017, in billions of yuan?", V("42500000000")),
    ("2013年广西电商交易额折合多少万元？", V("126600000000")),
    # counties or county-level cities: names ending 县 or 市; an e-commerce or trade model is any model
    ("Which Guangxi counties or county-level cities adopted an e-commerce or trade model?",
     L("Dongxing (county-level city)", "Fengshan County", "Pingxiang (county-level city)", "Rong'an County")),
    ("Which Guangxi counties or county-level cities adopted a trade model?", L("Dongxing (county-level city)", "Pingxiang (county-level city)")),
    # from the same prefecture as X: never X's own origin, but the prefecture's other products (Rong'an County lies in Liuzhou)
    ("What other product in the graph comes from the same prefecture as Rong'an's kumquats?", L("Liuzhou river-snail rice noodles")),
    # the kind of what the relation points to, asked in a later clause: shown with each member
    ("Which counties or county-level cities adopted a particular e-commerce or trade model, and which model?",
     L("Dongxing (county-level city): \"Border trade + cross-border e-commerce\" model",
       "Fengshan County: \"Wanshougu walnut-chicken industry + e-commerce + poor households\" linkage",
       "Pingxiang (county-level city): \"Border trade + cross-border e-commerce\" model",
       "Rong'an County: \"E-commerce + farmers' cooperative + poor households\" model")),
    ("哪些县采用了模式？分别是什么模式？", L("东兴市: “互市贸易+跨境电商”新模式", "凤山县: “万寿谷核桃鸡产业+电商+贫困户”联动",
                                   "凭祥市: “互市贸易+跨境电商”新模式", "融安县: “电商+农民合作社+贫困户”模式")),
    # everyday verbs and talk around a figure (rack up, saw incomes rise, my draft says, the actual figure)
    ("How many billion yuan of e-commerce deals did Guangxi rack up in the first seven months of 2018?", V("422000000000")),
    ("Roughly how many poor households in Fengshan saw their incomes rise through the walnut-chicken + e-commerce linkage?", V("10000")),
    ("有人说广西农村电商到2018年7月累计培训了200万人次，实际数字是多少？", V("200000")),
    ("聽說廣西2017年跨境電商交易額只增長了8.8%，實際增幅是多少？", V("28.8")),
    ("Journalist here: my draft says Guangxi's personal online shops were 8% of the national total in 2017. What's the correct share?", V("0.8")),
    ("How many rural logistics distribution points were in place by the end of July 2018?", V("2228")),
    ("What headcount does the article give for employment driven by e-commerce, and is that a measured or an estimated number?", V("120000")),
    ("Tally the national platforms running rural e-commerce in Guangxi.", L("4")),
    ("How many provincial-level divisions other than Guangxi appear in the graph?", L("4")),
    ("What's the web address of the article that estimates e-commerce created about 120,000 jobs?", P("\"Guangxi e-commerce's new leap")),
    # a ratio of two figures: both shown, the larger first, with the division worked out
    ("What is the ratio of rural service stations to logistics delivery points?", V("3101", "2228")),
    ("Which had more units by July 2018: logistics delivery outlets, or online agricultural single products cultivated?", V("2228", "1826")),
    # words of a place or trade never stand in for a place the graph does not hold
    ("Did Guangxi's e-commerce deals with Vietnam rise in 2017?", R()),
    # the source's hedge (据不完全统计) is no negation; the sentence that mentions two things; a claim about what the
    # article says is checked against the figure
    ("據不完全統計，柳州螺螄粉2017年的銷售額過了多少？", V("3000000000")),
    ("原文哪一句提到了竹笋和豆角？", P("“随着预包装工艺全面突破")),
    ("Which sentence mentions both Alibaba and Ganjie?", P("“Nationally known e-commerce platforms")),
    ("原文哪一句提到了竹笋和京东？", R()),
    ("文章是说南宁香蕉2017年销售额正好80亿元吗？", P("不止这个数")),
    ("原文说柳州螺蛳粉2017年销售额是20亿元吗？", P("否")),
    ("How many distinct issuing bodies are recorded for the policy documents in the graph?", L("3")),
    ("一根米粉串起产业链那段话里，点了几种广西米粉的名？", L("3")),
    # round 27: a place left out after its name (横州市也不算); things counted in places other than some (the
    # counties, not the places); clauses that each ask a figure of their own; a part of a joined whole
    # (exports of imports and exports) never answered by the whole; a claim with a range of figures
    ("南宁市下面有几个县？区不算，横州市也不算。", L("4")),
    ("How many autonomous counties lie in Guangxi prefectures other than Hechi and Guilin?",
     L("5", "Liuzhou: 2 (Rongshui Miao Autonomous County, Sanjiang Dong Autonomous County)",
       "Baise: 1 (Longlin Various Nationalities Autonomous County)", "Hezhou: 1 (Fuchuan Yao Autonomous County)",
       "Laibin: 1 (Jinxiu Yao Autonomous County)")),
    ("除了河池和桂林，其他地级市一共有几个自治县？", F("5")),
    ("设了自治县的有几个地级市？", F("6")),
    ("What average annual growth rate does the article state for 2013–2017, and what was the transaction volume in January–July 2018?",
     V("53.3", "126600000000", "705600000000", "422000000000")),
    ("年均增长率是多少，2018年1-7月的网络零售交易额是多少？", V("53.3", "52800000000")),
    ("What share of Guangxi's 2017 cross-border e-commerce was exports rather than imports?", R()),
    ("What share of Guangxi's 2017 cross-border e-commerce was exports?", R()),
    ("2017年广西跨境电商里出口而不是进口占多少？", R()),
    ("汉塘村村民一年收入十几万，这话出自哪里？原话怎么说的？", L("“我们种植果苗、从事网上果苗销售的村民，每年收入都有十几万！”",
                                                "《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，" + SINA)),
    ("汉塘村村民一年收入多少万元？", V("100000–200000")),
    # a word only the narrower figure's words hold asks it (rural online retail, not all online retail)
    ("What cumulative online retail revenue had rural Guangxi generated through e-commerce by July 2018?", V("5900000000")),
    ("What were Guangxi's online retail sales in Jan-Jul 2018?", V("52800000000")),
    # a kind left out is never the kind counted: not counting its districts, how many county-level units
    ("Yulin: if you ignore its districts, how many county-level units remain?", L("5")),
    ("Yulin: not counting its districts, how many county-level units are there?", L("5")),
    ("玉林市不算区有几个县级单位？", L("5")),
    ("玉林市不算区和县级市有几个县？", L("4")),
    # each share asked of two, both given
    ("两个“占比”放在一起看：跨境电商交易额占广西进出口总额的比重，和广西个人网店占全国店铺数的比重，各是多少？", V("11", "0.8")),
    ("Guangxi's individual web stores in 2017: what slice of the national store count did they make up?", V("0.8")),
    ("有报道说广西有50多个县获批国家电子商务进农村综合示范县，准确的数字是多少？", V("47")),
    ("For a youth-entrepreneurship panel: which age group does the graph say drives e-commerce start-ups in Guangxi?", V("16–40")),
    # a field the things are of (在跨境电商方面): their sentences must name it; a topic's English name
    ("东兴市在跨境电商方面建设了哪些平台或设施？", L("线上边民互市综合管理信息平台", "线下跨境电商监管中心")),
    ("东兴市属于哪个地级市？它在跨境电商方面建设了哪些平台或设施？", L("防城港市", "线上边民互市综合管理信息平台", "线下跨境电商监管中心")),
    ("In terms of cross-border e-commerce, what has Dongxing built?",
     L("offline cross-border e-commerce supervision centre", "online border-residents' trade management information platform")),
    ("东兴市在农村电商方面建设了哪些平台？", R()),
    ("Which policy documents support poverty alleviation through e-commerce?",
     L("Guangxi three-year action plan for targeted poverty alleviation through e-commerce (2018-2020)")),
    ("河池市下辖的县级单位里，自治县占了几个？", F("5")),
    # round 28: which figure a number given is (说的是…的什么); the things of the relation counted, not those that
    # describe the thing (the forum in Nanning); the kind counted among another (10个县当中，自治县占几个); a first in
    # time the graph does not record; set up by; a place's code comes from the division data alone; each of two
    # relations asked of the things named (属于哪个产业、产自哪个市)
    ("我看到材料里有个数字1826，说的是广西农村电商的什么？", V("1826")),
    ("材料里的2228，说的是什么？", V("2228")),
    ("How many discussion topics were planned for the China-ASEAN Information Harbor e-commerce forum in Nanning?", F("3")),
    ("桂林的10个县当中，自治县占几个？", L("2")),
    ("Which Guangxi village was the first to be named a Taobao village?", R()),
    ("广西第一个被评为淘宝村的是哪个村？", R()),
    ("Was the e-commerce lecturer group set up by Guangxi?", P("yes")),
    ("东兴市的行政区划代码出自哪份数据？", L("《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）")),
    ("六堡茶和金花茶分别属于哪个产业、产自哪个市？", L("梧州六堡茶: 产自: 梧州市", "梧州六堡茶: 组成: 广西桂茶产业",
                                       "防城港金花茶: 产自: 防城港市", "防城港金花茶: 组成: 广西桂茶产业")),
    ("Counting the State Council's reply as well, how many policy documents does the graph hold?", F("7")),
    # a kind held as a status is the kind counted (places that hold county-level city status); words of sources
    ("Across Guangxi, how many places hold county-level city (县级市) status?", F("10")),
    ("Which prefectures hold more than ten county-level divisions?", F("4")),
    ("What's the six-digit administrative code of Bama Yao Autonomous County?", L("451227")),
    ("Which outlet is cited for Guangxi's 2013 e-commerce volume of 126.6 billion yuan, and on what date was it published?",
     P("\"Guangxi e-commerce's new leap")),
    ("说汉塘村是淘宝村的，是哪家网站什么时候的报道？", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20")),
    # "the city", "the product's" after a lead that names it: that thing, no kind asked
    ("I'm mapping Guilin for a tourism e-commerce study: how many urban districts (区) does the city contain?", F("6")),
    ("We study Baise mango. What were the product's 2017 sales?", V("3800000000")),
    # round 29: things counted outside a place the graph cannot tell apart are refused; which figure a number is
    # (是个什么数); the figures of a kind (a ranking); kinds counted and added (加起来)
    ("Of the cities named in the State Council's pilot-zone approval, how many does the graph record outside Guangxi?", R()),
    ("文章里出现的“1826”是个什么数？", V("1826")),
    ("Which stated figure in the article is a ranking rather than an amount, and what is it?", V("3")),
    ("图谱里有哪些排名数据？", V("3")),
    ("桂林市的县级市和自治县加起来有几个？", L("3", "县级市: 1", "自治县: 2")),
    ("桂林市的县级市和自治县有几个？", L("县级市: 1", "自治县: 2")),
    ("How many county-level cities and autonomous counties does Guilin have altogether?",
     L("3", "county-level cities: 1", "autonomous counties: 2")),
    # round 29's refusals: what each of several places has of its own; neither … nor; besides the … and the …;
    # what the graph holds counted when the graph is named; organisations
    ("海城区和银海区的拼音是什么？", L("Haicheng", "Yinhai")),
    ("How many of Hechi's county-level divisions are neither districts nor autonomous counties?", F("4")),
    ("Besides the China-ASEAN e-commerce forum and the China-ASEAN e-commerce summit, which e-commerce events does the graph record?",
     P("\"E-commerce into Guangxi\" investment promotion fair")),
    ("图谱里有几个村级单位？", L("1")),
    ("灵山县下面，图谱收录了几个乡镇级单位？", L("1")),
    ("灵山县有几个乡镇级单位？", R()),
    ("How many organisations (组织) are in the graph?", F("18")),
    ("What share of Guangxi's 2017 e-commerce turnover did cross-border e-commerce represent?", P("Guangxi Zhuang Autonomous Region cross-border")),
    ("What year-on-year growth does the article attach to Guangxi's 52.8 billion yuan of online retail?", V("13.4")),
    # a code before renaming is the old one; a number given asks which figure it is (425 what, in what unit)
    ("茉莉花茶产地改名之前用的旧代码是多少？", L("450127（2021-02-03以前）")),
    ("What was Hengzhou's code before it was renamed?", L("450127 (before 2021-02-03)")),
    ("横县改名前的代码是多少？", L("450127（2021-02-03以前）")),
    ("融安金桔之前卖多少钱一斤？", V("2")),
    ('My Jakarta client keeps quoting "425" for Guangxi. 425 what, for which year, and in what unit?', V("42500000000")),
    # what each of several places joined by "and" has of its own, asked of each
    ("Give the pinyin, level and parent city of Nandan and of Donglan.", L("Nandan", "county", "Hechi", "Donglan")),
    # round 30: 5000多 is five thousand and some, never fifty thousand (and 5万多 of 5万多个 is a yes); a count
    # with 其他民族 is no question of which people; only a single district is exactly one; one figure is no ranking
    ("我记得文章说南宁跨境商品直购体验中心有5000多个SKU，是这样吗？", P("否")),
    ("南宁跨境商品直购体验中心有5万多个SKU吗？", P("是")),
    ("中国-东盟中小企业贸易促进平台服务了200多家东盟企业吗？", P("是")),
    ("中国-东盟中小企业贸易促进平台服务了200家东盟企业吗？", P("不止这个数")),
    ("河池的自治县里，瑶族自治县占几个，其他民族的自治县又有几个？", R()),
    ("Which prefecture-level cities in Guangxi have only a single district?", L("2", "Laibin: 1", "Chongzuo: 1")),
    ("Which reaches more people according to the article: jobs driven by e-commerce, or people who benefited from e-commerce skills training?", R()),
    # the article's jasmine tea names the thing as the article does, no source asked; which prefecture runs it;
    # the twelve-digit code; a headline asks the source
    ("What is the current 6-digit division code of the place the article's jasmine tea comes from?", R()),
    ("What is the article's title?", P("\"Guangxi e-commerce's new leap")),
    ("Long'an County — which prefecture runs it?", L("Nanning")),
    ("Give me the original Chinese headline and the publication date of the piece that mentions the 8,000 m² Nanning centre.",
     P("《广西电商新跨越 经济增长新引擎》")),
    ("What was Guangxi's urban online retail in 2018?", R()),
    # round 31: a name condition with 两个字; a kind rather than another; 网络零售额累计 is the rural cumulative
    # figure; a policy's recorded date of issue; the article's own date
    ("名称里带“各族”两个字的自治县有几个？", L("2")),
    ("Which of Hezhou's county-level units are counties rather than districts?",
     L("Fuchuan Yao Autonomous County", "Zhaoping County", "Zhongshan County")),
    ("截至2018年7月农村电商累计培训人次、网络零售额累计、网销单品数？", V("200000", "5900000000", "1826")),
    ("《关于同意在北京等22个城市设立跨境电子商务综合试验区的批复》在图谱里的英文译名是什么，记录的发布时间是？", L("Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing", "2018-08")),
    ("这篇文章的发布时间是？", P("《广西电商新跨越 经济增长新引擎》")),
    ("文章的发布时间是？", P("《广西电商新跨越 经济增长新引擎》")),
    # the statistical (12-digit) code; a place's figures as a whole (整体)
    ("忻城县的统计区划代码是什么？", L("451321000000")),
    ("2018年头七个月，广西整体的电子商务交易规模有多大？", V("422000000000")),
    # round 32 work: 农村 (rural) qualifies a figure its sentence is about, never villages asked; a lead-in that
    # says who asks; "up by" a date is a time, not a rise
    ("截至2018年7月，广西农村累计建成了多少个物流配送网点？", V("2228")),
    ("做农村物流的朋友问：截至2018年7月，广西农村累计建成了多少个物流配送网点？", V("2228")),
    ("how many logistics delivery outlets had Guangxi built in rural areas by July 2018?", V("2228")),
    ("广西农村的电子商务交易额是多少？", R()),
    ("What was Guangxi's rural e-commerce transaction volume in 2017?", R()),
    ("广西有多少个农村？", R()),
    ("What cumulative online retail sales had Guangxi's rural e-commerce notched up by July 2018?", V("5900000000")),
    ("河池有多少个县，具体是哪些？", L("11")),
    ("河池有几个自治县，分别是哪些？", L("5")),
    # several attributes of one place, joined by 、 or "and" (its, Heshan's again); the article by its title
    ("东兴市属于哪个地级市、代码多少、拼音怎么拼？", L("防城港市", "450681", "Dongxing")),
    ("What is Pingguo's division code and administrative level?", L("451082", "county-level city")),
    ("What are Pingguo's code, level and parent prefecture?", L("451082", "county-level city", "Baise")),
    ("Heshan is listed as a county-level city — what's its 12-digit statistical code and its parent prefecture?",
     L("yes: Heshan (county-level city) (County-level division)", "451381000000", "Laibin")),
    ("Into how many other provinces has the Qinzhou bonded port direct-sale centre extended its business?", L("3")),
    ("这篇文章是哪天发布的？", P("《广西电商新跨越 经济增长新引擎》")),
    ("文章的标题是什么？", P("《广西电商新跨越 经济增长新引擎》")),
    ("那篇讲广西电商新跨越的报道是哪天发布的？", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20")),
    ("《广西电商新跨越 经济增长新引擎》是哪天发布的？", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20")),
    ("Give me the publication date and web address of the article on Guangxi's e-commerce leap.",
     P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20')),
    ("What is the URL of the article about the new engine of economic growth?", P('"Guangxi e-commerce\'s new leap')),
    # round 32: 哪个市辖区 asks a district; the city named with Nanning is not Nanning; 名称为“县”的 is a name
    # condition; one kind (同一类) compared by categories; a month asked; what a thing is, with its kind
    ("钦州保税港区国际商品直销中心所在的那个保税港区，归哪个市辖区？", L("钦南区")),
    ("广西钦州保税港区归哪个市辖区？", L("钦南区")),
    ("和南宁一起被记为实施跨境电商综合试验区的那座城市，是什么级别的行政区？", R()),
    ('出产南宁老友粉的那个市，下面有几个县（只算名称为"县"的）？', L("4")),
    ("南宁老友粉跟桂林米粉是同一类产品吗？", L("是：都属于广西米粉")),
    ("南宁香蕉和桂林米粉是同一类产品吗？", R()),
    ("柳州螺蛳粉和梧州六堡茶是同一类产品吗？", L("否：柳州螺蛳粉属于广西米粉，梧州六堡茶属于广西桂茶产业")),
    ("百色凌云茶和横县茉莉花茶属于同一类吗？", L("是：都属于广西桂茶产业")),
    ("In which month was the 22-city pilot zone reply issued?", L("2018-08")),
    ("Who issued the 22-city pilot zone reply, in which month, and which Guangxi city did it name?", L("2018-08", "State Council", "Nanning")),
    ("淘宝村是什么？", P("淘宝村: 称号")),
    ("“淘宝村”在图谱里是什么？哪个村有这个称号？", P("淘宝村: 称号")),
    ("What is the China-ASEAN SME trade promotion platform, and whom does it serve?", P("China-ASEAN SME Trade Promotion Platform: Platform")),
    ("“综试区”指的是什么？", P("跨境电子商务综合试验区: 工程项目")),
    ("What kind of entity is SAP?", P("SAP: Platform")),
    ("SAP是什么类型的实体？", P("德国思爱普（SAP）: 电商平台")),
    ("In a sentence, what kind of entity is 德国思爱普 (SAP) in this graph and what did it do?", P("SAP: Platform")),
    ("钦州保税港区国际商品直销中心有澳洲商品吗？", R()),
    ("Qinzhou's bonded-port direct-sales centre: how many brick-and-mortar experience shops has it opened so far?", V("30")),
    ("What is the six-digit GB code of Luchuan County?", L("450922")),
    ("2017年全区个人网店54935家这个数，是哪家媒体哪篇稿子报的？", P("《广西电商新跨越 经济增长新引擎》")),
    # round 33: 防城 of 防城港 names no 防城区; a date a count cannot check is no note; one figure less the others
    # added up; the source of a relation's facts; a price apiece; record X as a Y; each sentence alone
    ("新浪那篇报道里提到的县级行政区（含县级市）在图谱中有几个？", F("县级行政区: 7")),
    ("How many events in the graph have a recorded start date?", R()),
    ("2017年南宁香蕉销售额下限，比百色芒果和柳州螺蛳粉两者之和多多少？", F("相差 1200000000 元")),
    ("How much more were Nanning banana sales in 2017 than Baise mango and Liuzhou luosifen sales combined?",
     F("difference: 1200000000 yuan (CNY)")),
    ("论坛三大议题的说法出自哪篇文章？哪天发布？", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20")),
    ("What is the README of the Guangxi divisions reference data, and what does the graph take from it?", R()),
    ("汉塘村果苗每株卖多少钱？", R()),
    ("How much does a Hantang seedling sell for apiece?", R()),
    ("汉塘村果苗2017年卖了多少钱？", V("160000000")),
    ("Does the graph record Pingxiang as a county-level city?", P("yes: Pingxiang")),
    ("Does the graph record Pingxiang as a county?", P("no: Pingxiang")),
    ("Give the 12-digit code and the level of Jiangzhou District.", L("451402000000", "district")),
    ("梧州市把市辖区、县和县级市都算上，一共管几个县级单位？", L("7")),
    ("钦州保税港区国际商品直销中心：开了多少家线下体验店？业务拓展到了哪些省？用的是什么模式？",
     L("钦州保税港区国际商品直销中心 线下体验店数: 超过 30 个 (30多家)", "运营模式: 跨境电商O2O线下体验店", "业务拓展到: 湖南省",
       "业务拓展到: 江西省", "业务拓展到: 四川省")),
    ("国家电子商务进农村综合示范县广西有几个？农村电商覆盖率是多少？", V("47", "70")),
    ("旧代码450127现在对应的是哪个行政区？", P("横县（旧代码450127；2021-02-03更名为横州市）")),
    ("450127是哪个县的旧代码？", P("横县（旧代码450127")),
    ("跨境电商交易额占进出口总额的比重和农村电商覆盖率哪个高？", P("农村电商覆盖率 70 % > 跨境电商交易额占进出口总额比重 11%")),
    ("In 2017, Guangxi's individual online shops made up what percentage of all shops nationwide?", V("0.8")),
    ("桂林市下辖的县里，不算自治县的普通县有几个？", L("8")),
    ("广西的县里面，把自治县去掉，普通的县还剩多少个？", L("48")),
    ("广西有多少个普通县？", R()),
    ("As a partner in Jakarta I'd like to know: the locally built China-ASEAN SME trade promotion platform has served how many ASEAN firms?",
     V("200")),
    ("What targets does the 2018-2020 e-commerce poverty alleviation action plan set?", R()),
    # round 34: 区 in a list of kinds; kinds left out first (Leaving out …,), autonomous ones included; 多少元 asks
    # yuan; a county's figure through the model it adopted; a code checked; 级别是“县”; municipal districts
    ("桂林市下面的区、县、县级市加在一起一共有几个？", F("17")),
    ("桂林市下面的县和区一共有几个？", F("16")),
    ("河池市的县级单位里，不是自治县的“县”有几个？", L("4")),
    ("Leaving out districts and county-level cities, how many counties (autonomous ones included) does Baise have?", L("8")),
    ("How many counties and districts does Guilin have?", L("counties: 10", "districts: 6")),
    ("凤山县的贫困户靠核桃鸡电商每户每年增收多少元？", R()),
    ("融安金桔每斤卖多少元？", V("40", "2")),  # no time said: before and after the model
    ("2017年柳州螺蛳粉销售额是多少亿元？", V("3000000000")),
    ("凤山县带动了多少户贫困户增收脱贫？", V("10000")),
    ("2017年凤山县的电子商务交易额是多少？", R()),
    ("阳朔县的行政区划代码是不是450321？", L("是: 阳朔县的区划代码是450321")),
    ("阳朔县的代码是450322吗？", L("否: 阳朔县的区划代码是450321")),
    ("Is 450321 Yangshuo County's division code?", L("yes: Yangshuo County's division code is 450321")),
    ("桂林市的县级单位里，级别是“县”的有几个？", L("10")),
    ("柳州市下面级别为“县”的单位有哪些？", L("三江侗族自治县", "柳城县", "融安县", "融水苗族自治县", "鹿寨县")),
    ("Which county-level divisions of Guigang are municipal districts?", L("Gangbei District", "Gangnan District", "Qintang District")),
    ("Which county-level cities are under Chongzuo or Fangchenggang?", L("Dongxing (county-level city)", "Pingxiang (county-level city)")),
    ("Which has more counties, Hechi or Baise?", F("Baise: 12")),
    ("图谱里的“南向通道”是个什么东西？", P("南向通道: 工程项目")),
    ("What exactly is 广西钦州保税港区 in this graph?", P("广西钦州保税港区: 统计功能区")),
    ("What exactly were Nanning banana sales in 2017, to the yuan?", R()),
    ("What is the 'Southward Channel' (南向通道) in this graph?", P("Southbound corridor: Program")),
    # round 35: 含有“山”字 and a quoted name part of five characters are name conditions; 那场 before an event's name
    ("名称里含有“山”字的县级单位，全区一共有几个？", L("9")),
    ("全广西名字里带“瑶族自治县”的县一共有几个？", L("6")),
    ("那场信息港电商论坛的主题口号是什么？哪天开？", L("2018-09-13", "电商产业新融合·数字商务新发展")),
    ("那场信息港电商论坛的主题口号是什么？", L("电商产业新融合·数字商务新发展")),
    # round 36 (measured on d69b7bf): 除以 says the divisor; 行政级别是县级市吗 is a kind asked; 什么样的实体 asks what it is;
    # "does the article cite" asks the figure
    ("南宁跨境商品直购体验中心按面积除以入驻商家数，平均每家大约多少平米？", F("面积 ÷ 入驻商家数：约 20 平方米")),
    ("Nanning centre floor area divided by its merchants: how many square metres per merchant?", F("floor area ÷ merchants on site: about 20 square metres")),
    ("横州市的行政级别是县级市吗？", L("是: 横州市 (县级行政区)")),
    ("横州市的行政级别是县吗？", L("否: 横州市 (县级行政区)")),
    ("乐村淘在图谱里是一个什么样的实体？", P("乐村淘: 电商平台")),
    ("中国-东盟中小企业贸易促进平台属于什么类型的实体？它服务的是哪个地区？", P("中国-东盟中小企业贸易促进平台: 电商平台")),
    ("“淘宝村”在图谱里是什么类型的概念？谁有这个称号？", P("淘宝村: 称号")),
    ("What contribution rate of final consumption to Guangxi's economic growth does the article cite?", V("50")),
    # round 36's refusals: 属于哪一级 asks a level; 本身 is the place itself; "…, and its level" a part of its own
    ("灵山县属于哪一级？", F("县（county）")),
    ("Which level does Lingshan County belong to?", F("county")),
    ("广西壮族自治区本身的区划代码是多少？属于哪一级？", L("450000", "省级行政区（province）")),
    ("What is the division code of Pingxiang, and its administrative level?", L("451481", "county-level city")),
    ("What is Pingxiang's code, and its prefecture?", L("451481", "Chongzuo")),
    ("What is the prefecture of Pingxiang?", L("Chongzuo")),
    ("What is the county of Hantang Village?", L("Lingshan County")),
    ("Does the graph classify Pingguo as a county-level city?", P("yes")),
    ("河池市辖区范围内总共有多少个县级行政区？", F("11")),
    ("文中落户广西的跨境电商平台有哪几家？", L("德国思爱普（SAP）", "浙江聚贸", "阿里巴巴一达通")),
    ("《广西电子商务进农村三年规划》的英文译名是什么？", L("Guangxi three-year plan for e-commerce in rural areas")),
    ("What is the URL of the article that mentions the Rong'an kumquat?", P('"Guangxi e-commerce')),
    ("乐村淘的网址是什么？", R()),
    # a town up to its county (所在镇的上级县); a town's code is its 12-digit one, said so
    ("汉塘村所属镇的上级县，统计区划代码是多少？", L("450721000000")),
    ("汉塘村所在镇的上级县的区划代码是多少？", L("450721")),
    ("武利镇的区划代码是多少？", L("450721115000")),
    # 全年 said of a year whose figure is the whole year's is used; of a year with only part of it, refused
    ("2013年全年的广西电商交易额和2018年1-7月的网络零售交易额，哪个数额更大？", F("电子商务交易额 1266亿元 > 网络零售交易额 528亿元")),
    ("2018年全年的广西电商交易额和2013年的网络零售交易额，哪个数额更大？", R()),
    ("Before Rong'an switched to its cooperative e-commerce model, what price per jin did its kumquats sell for?",
     P("Rong'an kumquat price before the model: 2 yuan per jin")),
    ("For a briefing to Malaysian importers: roughly how many SKUs are stocked at the Nanning cross-border goods "
     "direct-purchase experience center?", P("Nanning cross-border goods direct-purchase experience centre product SKUs: more than 50000")),
    # "data come from" before a name is where things come from, not a source asked; a product asked is no source
    ("Which products in the graph's data come from Baise?", L("Baise Lingyun tea", "Baise mango")),
    ("Where does the data come from?", P('"Guangxi e-commerce')),
    ("which product is Fengshan built on?", R()),
    # the gap between two figures of different periods: the difference, never a growth rate
    ("What is the gap between Guangxi's full-year 2017 e-commerce volume and its January–July 2018 volume?", F("283600000000 yuan (CNY)")),
    ("2017年全年广西电商交易额与2018年1-7月的差距是多少？", F("283600000000 元")),
    # round 37's wrong answers: a municipality (北京市) is a city; the source's "22 cities" is the number asked,
    # what the graph records when that is asked
    ("How many cities were approved for cross-border e-commerce comprehensive pilot zones?", F("22")),
    ("图谱里有几个城市实施了跨境电子商务综合试验区？", F("2")),
    ("Which cities implement the cross-border e-commerce comprehensive pilot zones?", L("Beijing", "Nanning")),
    ("广西有多少个城市？", F("14")),
    ("有几个城市获批设立跨境电子商务综合试验区？", P("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复 获批设立跨境电商综合试验区城市数: 22")),
    # the level 'county' said in English: counties only, the autonomous ones included
    ("How many county-level units have the level 'county'?", F("60")),
    ("How many divisions with the level \"county\" are in Hechi?", F("9")),
    ("How many county-level units are there in Hechi?", F("11")),
    # a place's autonomous counties by their people; a place said to be one is none
    ("河池的自治县按民族分一下", L("仫佬族: 罗城仫佬族自治县", "毛南族: 环江毛南族自治县", "瑶族: 巴马瑶族自治县、都安瑶族自治县、大化瑶族自治县")),
    ("Which ethnic groups are Baise's autonomous counties for?", L("Various Nationalities: Longlin Various Nationalities Autonomous County")),
    ("河池是哪个民族的自治县？", L("河池市不是自治县")),
    # round 37's refusals: the estimate of a stated figure is the figure; gb码; a sentence about the first one's subject
    ("E-commerce employment in Guangxi, direct and indirect together: what's the estimate?",
     P("Guangxi Zhuang Autonomous Region jobs created directly and indirectly: about 120000")),
    ("七星区的gb码是多少？", L("450305")),
    ("七星区是桂林的还是柳州的？gb码给一下", L("桂林市", "450305")),
    ("柳州和桂林哪个在北边？", F("桂林市")),
    ("广西米粉包括哪些品种？", L("桂林米粉", "柳州螺蛳粉", "南宁老友粉")),
    ("What's the percentage markup when Rong'an kumquats went from 2 to 40 yuan per jin?",
     L("Rong'an kumquat price before the model: 2 yuan per jin (2元/斤)",
       "Rong'an kumquat price after the model: 40 yuan per jin (40元/斤)",
       "rose by 38 yuan per jin (20 times the earlier price, +1,900%)")),
    ("Using the 2017 cross-border e-commerce figure and its roughly 11% share, estimate Guangxi's total import-export value that year.",
     P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000")),
    ("批复一共同意了多少个城市？", V("22")),
    # a former code the division data's source column records (宜州区: old code 451281), undated; never for a place with none
    ("What was Yizhou District's code before it became a district?", L("451281")),
    ("田阳区的旧区划代码是多少？", L("451021")),
    ("451281是哪个区的旧代码？", L("宜州区（原代码451281）")),
    ("Which district used to have the code 451281?", L("Yizhou District (former code 451281)")),
    ("450127是哪个县的旧代码？", L("横县（旧代码450127；2021-02-03更名为横州市）")),
    ("横县以前的区划代码是多少？", L("450127（2021-02-03以前）")),
    ("融安县的旧代码是多少？", R()),
    # name changes counted; a describing word before a name (边境城市凭祥)
    ("图谱里记录的行政区更名事件有几起？", F("1")),
    ("How many name changes does the graph record?", F("1")),
    ("边境城市凭祥属于哪个市？", L("崇左市")),
    ("The border city Pingxiang belongs to which prefecture?", L("Chongzuo")),
    ("广西有哪些边境城市？", R()),
    # 县 left out of county-level units: the ones named …县 (自治县 too) out, never dropped in silence
    ("崇左市不算县的话有几个县级单位？", F("2")),
    ("崇左市的县级单位里，不是“县”的有几个？", F("2")),
    ("崇左有几个县级单位？不算县。", F("2")),
    ("How many county-level units in Chongzuo are not counties?", F("2")),
    ("崇左市不算区的话有几个县级单位？", F("6")),
    # 三市里 says how many places are named; several places' districts listed together
    ("钦州、北海、防城港三市里，市辖区一共几个？", F("7")),
    ("贺州、梧州两市的市辖区合起来列一下", L("万秀区", "八步区", "平桂区", "长洲区", "龙圩区")),
    ("列一下属于“广西米粉”类别的具体米粉品种", L("桂林米粉", "柳州螺蛳粉", "南宁老友粉")),
    # further west than a place: the places beyond its coordinate, never the furthest one of the place itself
    ("Which county-level cities lie further west than Nanning?", L("Jingxi (county-level city)", "Pingxiang (county-level city)",
                                                                 "Pingguo (county-level city)", "Dongxing (county-level city)")),
    ("Which county-level cities in Guangxi lie further west than Nanning's city seat, by the stored longitudes?",
     L("Jingxi (county-level city)", "Pingxiang (county-level city)", "Pingguo (county-level city)", "Dongxing (county-level city)")),
    ("Which counties in Baise are further west than Napo?", L("Xilin County", "Longlin Various Nationalities Autonomous County")),
    ("哪些地级市比南宁更靠北？", L("桂林市", "河池市", "贺州市", "柳州市", "百色市", "来宾市", "梧州市", "贵港市")),
    ("Is Baise further west than Nanning?", F("yes: Baise")),
    # the village that holds a designation, the town of a village: the one thing each names
    ("What product comes from the village that holds the Taobao village designation?", L("Hantang fruit seedlings")),
    ("The village holding the Taobao village designation: what product comes from it, and what's the pinyin of its town?",
     L("Hantang fruit seedlings", "Wuli")),
    ("What is the pinyin of the town of Hantang Village?", L("Wuli")),
    ("What is the town of Hantang Village?", L("Wuli Town")),
    ("横州市那个450181代码，依据的是国家统计局哪一年的版本？", P("《广西行政区划参考数据》，国家统计局2023年版")),
    ("Is the forum meant to push forward the Southern Transport Corridor?", P("yes")),
    # a city that hosts or held an event is where it is held: a city (named …市), never the province
    ("Which city held the China-ASEAN Information Harbor E-commerce Forum?", L("Nanning")),
    ("Which city hosts the China-ASEAN Information Harbor E-commerce Forum?", L("Nanning")),
    ("哪个城市承办了中国-东盟信息港电子商务论坛？", L("南宁市")),
    ("Which city hosts the China-ASEAN Information Harbor E-commerce Forum, and what products come from that city?",
     L("Nanning", "Hengxian jasmine tea", "Nanning banana", "Nanning laoyou noodles")),
    ("Who hosts the China-ASEAN Information Harbor E-commerce Forum?", L("People's Government of Guangxi Zhuang Autonomous Region")),
    # "that document" is the document the first clause names, not the issuer it answers
    ("Who issued the cross-border e-commerce implementation opinions, and which topics does that document support?",
     L("General Office of the People's Government of Guangxi Zhuang Autonomous Region", "cross-border e-commerce",
       "e-commerce development")),
    ("Which prefecture is Pingxiang in, and what is that prefecture's code?", L("Chongzuo", "451400")),
    # places by the products or facilities they hold (a product from a county is its prefecture's too)
    ("Which prefectures have no product in the graph?", L("5", "Beihai", "Yulin", "Hezhou", "Laibin", "Chongzuo")),
    ("How many prefectures have no product at all in the graph, counting products from their counties and villages?",
     L("5", "Beihai", "Yulin", "Hezhou", "Laibin", "Chongzuo")),
    ("有设施的地级市有哪些？", L("2", "南宁市: 1（南宁跨境商品直购体验中心）", "钦州市: 1（钦州保税港区国际商品直销中心）")),
    ("哪些地级市有产品？", F("9")),
    ("How many prefectures have an autonomous county?", F("6")),
    # round 38's wrong answers: the first year past a threshold is no list of figures; another ordinal is another plan
    ("广西电商交易额是哪一年第一次突破5000亿元的？", R()),
    ("In which year did Guangxi's e-commerce transaction volume first pass 500 billion yuan?", R()),
    ("广西电商交易额哪一年超过了5000亿元？", R()),
    ("2017年柳州螺蛳粉销售额突破30亿了吗？", P("是")),
    ("What is Guangxi's 14th Five-Year e-commerce plan about?", R()),
    ("What does the 12th Five-Year e-commerce plan support?", R()),
    ("What is Guangxi's 13th Five-Year e-commerce plan about?", P("supports: e-commerce development")),
    # round 38's partial answers: each part of several answered
    ("宜州现在是什么级别的单位？", L("市辖区（district）")),
    ("宜州以前的代码是多少，现在是什么级别的单位？", L("451281", "市辖区（district）")),
    ("What are Jingxi's pinyin and 6-digit code?", L("Jingxi", "451081")),
    ("Which prefecture is Jingxi in, and what are its pinyin and 6-digit code?", L("Baise", "Jingxi", "451081")),
    ("“互联网+流通”那份通知是谁发的？它支持哪些主题？", L("自治区人民政府办公厅", "电子商务发展", "“互联网+流通”")),
    ("Which topics does the cross-border e-commerce implementation opinions support?", L("cross-border e-commerce", "e-commerce development")),
    ("论坛的主题是什么？", L("电商产业新融合·数字商务新发展")),
    ("武利镇的代码是多少？归哪个县？那个县又归哪个市？", L("450721115000", "灵山县", "钦州市")),
    ("Where do Guilin rice noodles come from, what's that city's six-digit code, and how many county-level units does it have?",
     L("Guilin", "450300", "17")),
    # how many times a figure of one period is that of another of a different length: the ratio, no growth rate
    ("2018年1-7月的电商交易额是2013年全年的几倍？", F("3.33")),
    # growth over the prior year; designations and indicators counted as kinds
    ("Pulling numbers for a slide: Guangxi cross-border e-commerce, 2017, growth vs prior year?",
     P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth: 28.8")),
    ("图谱里有几个称号？", F("2")),
    ("How many designations does the graph hold?", F("2")),
    ("How many indicators does the graph define?", F("32")),
    ("汉塘村获得了什么称号？", L("淘宝村")),
    # 7月底 is July; rough guesses to choose between ask the figure; 这个称号 is no kind counted
    ("跟朋友打赌：广西到2018年7月底农村物流配送网点是两千出头还是三千出头？具体多少？", P("广西壮族自治区 物流配送网点数（累计）: 2228")),
    ("图谱里的活动，有几个明确记录举办地在南宁市？", F("1")),
    ("“淘宝村”在图谱里是什么？哪个村有这个称号？", P("淘宝村: 称号")),
    # a quoted text checked against the one the source gives (a forum's theme): yes or no, with the text
    ("论坛的主题是“数字丝绸之路”吗？", L("否: 电商产业新融合·数字商务新发展")),
    ("论坛的主题是“电商产业新融合·数字商务新发展”吗？", L("是: 电商产业新融合·数字商务新发展")),
    ("Was the forum's theme 'Digital Silk Road'?", L("no: New integration of the e-commerce industry, new development of digital commerce")),
    # 还是…吗 is "still": a former code checked is no longer the code
    ("荔浦市现在的代码还是450331吗？", L("否: 荔浦市的区划代码是450381")),
    ("Is 451281 still Yizhou's code?", L("no: Yizhou District's division code is 451203")),
    ("东兴是县级市还是地级市？", P("县级市")),
    # a designation's holder's place; the product that takes part in a model; a name, a dash, then its parts
    ("The Taobao village's county?", L("Lingshan County")),
    ("淘宝村所在的县的代码是多少？", L("450721")),
    ("参与“万寿谷核桃鸡产业+电商+贫困户”模式的产品是什么？", L("万寿谷核桃鸡")),
    ("Lingshan County — what's its pinyin and six-digit code?", L("Lingshan", "450721")),
    ("Rong'an - what's its pinyin and which prefecture is it in?", L("Rong'an", "Liuzhou")),
    # "it" after "which event …": the one thing answered; a clause opening with a preposition and a question word
    ("Which event does the Guangxi Department of Commerce organise, and on what date is it held?",
     L("China-ASEAN Information Harbor E-commerce Forum", "2018-09-13")),
    ("Who hosts the forum, and in which city is it held?", L("People's Government of Guangxi Zhuang Autonomous Region", "Nanning")),
    # round 39's wrong answers: a unit asked (多少亿美元) the graph does not hold; a band of latitude; an old name
    # asked as what is written; what content comes from a source; who took part
    ("2018年前7个月广西网络零售交易额折合多少亿美元？", R()),
    ("How many billion US dollars was Guangxi's online retail in Jan-Jul 2018?", R()),
    ("2018年1-7月广西网络零售交易额是多少亿元？", P("广西壮族自治区 网络零售交易额: 52800000000")),
    ("How many of Baise's county-level units lie between 23°N and 24°N?", F("7")),
    ("百色有多少个县级单位在北纬23度到24度之间？", F("7")),
    ("How many of Baise's county-level units lie between latitude 23 and 24?", F("7")),
    ("How much did Guangxi's e-commerce grow between 2013 and 2017?",
     P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3")),
    ("横县茉莉花茶在图谱里的产地还写的是横县吗？", R()),
    ("横县现在叫什么？", L("横州市")),
    ("Is Hengzhou still called Hengxian?", P("no")),
    ("Is Hengzhou still called Hengzhou?", P("yes")),
    ("图谱里有哪些内容是出自《广西行政区划参考数据说明》的？", R()),
    ("图谱里有哪些内容出自广西行政区划参考数据？", R()),
    ("中国-东盟信息港电子商务论坛有多少家企业参加？签约金额多少？", R()),
    ("中国-东盟信息港电子商务论坛有多少家企业参加？", R()),
    # a place named by its pinyin asked which place it is; a code a place had before
    ("“Longxu”对应的是哪个区？", L("龙圩区")),
    ("Longxu是哪个区？", L("龙圩区")),
    ("Longxu在哪个市？", L("梧州市")),
    ("Which county has the pinyin 'Mengshan'?", L("Mengshan County")),
    ("What is Pingguo's 12-digit statistical code, and what code did it have before?", L("451082000000", "451023")),
    ("Which unit once used code 450331?", L("Lipu (county-level city) (former code 450331)")),
    ("What is Pingguo's code?", L("451082")),
    # the Nanning forum, 南宁那个论坛: the one event held there
    ("For the Nanning forum: which projects does it promote?", L("China-ASEAN Information Harbor", "Southbound corridor")),
    ("南宁那个论坛是哪天举办的？", L("2018-09-13")),
    # places in order from one side; east of another place (yes or no); 两个以上（含两个）
    ("Rank Hezhou's five county-level units from north to south.",
     L("Fuchuan Yao Autonomous County", "Zhongshan County", "Pinggui District", "Babu District", "Zhaoping County")),
    ("贺州的县级单位从北到南排一下", L("富川瑶族自治县", "钟山县", "平桂区", "八步区", "昭平县")),
    ("Is Yongning Distict east of Qingxiu?", F("no: Qingxiu District")),
    ("Is Beihai south of Nanning?", F("yes: Beihai")),
    ("Which prefectures lie north of 24.5°N?", L("Guilin", "Hechi")),
    ("哪些地级市下面有两个以上（含两个）的自治县？", L("3", "柳州市: 2", "桂林市: 2", "河池市: 5")),
    # round 40's wrong answers: two places' share of a whole refuses (never one place's of itself); a number in a
    # question about a source's words must be in the sentence; prefectures asked are never the cities in them
    ("贵港和贺州两市的县级单位加起来，占全区县级单位总数的比例？", R()),
    ("广西所有县级行政区里，市辖区占了百分之多少？", F("约 36.9%")),
    ("22城批复那件事，文章原话是怎么写的？", R()),
    ("Name the prefectures that adopted the border-trade model.", R()),
    ("Which prefectures adopted the border trade + cross-border e-commerce model?", L("Fangchenggang", "Chongzuo")),
    ("List the products that come from Baise.", L("Baise Lingyun tea", "Baise mango")),
    # the finer of three kinds counted by what the coarser hold: no reading, refused (never the prefectures counted)
    ("How many of Guangxi's county-level cities sit in prefectures that also contain an autonomous county?", R()),
    ("哪些地级市既有县级市又有自治县？", F("3")),
    # round 41's wrong answers: the enterprises a platform served is a figure, never a count of platforms; a share of
    # all e-commerce is worked out from the two figures; a national ranking is not the western one
    ("本土企业搭的那个面向东盟的中小企业平台，服务企业数量有多少家？", V("200")),  # the figure (面向: it serves ASEAN)
    ("跨境电商在2017年全部电商交易里能占到几个百分点", L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)",
                                                   "广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)",
                                                   "2017年跨境电商交易额占电子商务交易额的 6.02%")),
    ("Guangxi's 2017 e-commerce volume and its national ranking that year?", R()),
    ("广西的个人网店数量在全国排第几？", R()),
    ("广西2017年个人网店数量在西部排第几？", L("广西壮族自治区 个人网店数量: 54935 个 (54935家)", "广西壮族自治区 西部省份排名: 3 名 (第三)")),
    # a second kind said of a list with nothing to tie it to the first is refused (the prefectures whose seat is a
    # county-level city: never every prefecture); a place's type is its level; which side of one line a place lies on
    ("Which prefectures' seat is a county-level city?", R()),
    ("Name the prefectures whose only county-level city is also their seat", R()),
    ("哪些地级市有县级市？", F("9")),
    ("东兴市和凭祥市各是什么类型", F("县级市（county-level city）")),
    ("东兴市是什么类型的行政区", L("县级市（county-level city）")),
    ("What type of place is Dongxing?", L("county-level city")),
    ("柳州螺蛳粉是什么类型", L("广西米粉")),
    ("上思县在北纬22度以北还是以南", L("北纬22度以北: 上思县 纬度 22.153671")),
    ("Is Shangsi north or south of 22°N?", L("north of 22°N: Shangsi County latitude 22.153671")),
    ("凭祥和东兴在东经107度以东还是以西？", L("东经107度以西: 凭祥市 经度 106.766293", "东经107度以东: 东兴市 经度 107.971828")),
    # round 42's wrong answers: two kinds set against each other per prefecture refuse (plain counties vs districts);
    # indicators said to be cumulative are the cumulative ones; a list of names left out with commas leaves each
    # out; written in pinyin asks the pinyin, not the source; things in date order are sorted by their dates
    ("How many prefectures have exactly as many plain counties as districts?", R()),
    ("How many of the graph's indicators are cumulative (累计) totals?", F("5")),
    ("图谱里有几个指标是累计值？", F("5")),
    ("How many indicators does the graph have?", L("32")),
    ("Apart from Tengxian, Mengshan and Cangwu, which county-level units does Wuzhou have?",
     L("Cenxi (county-level city)", "Changzhou District", "Longxu District", "Wanxiu District")),
    ("除了藤县、蒙山县和苍梧县，梧州还有哪些县级单位？", L("万秀区", "岑溪市", "长洲区", "龙圩区")),
    ("How is 覃塘区 written in pinyin?", L("Qintang")),
    ("How do you write 覃塘区 in pinyin?", L("Qintang")),
    ("Put these in date order: the Sina article, the forum in Nanning, Hengxian's renaming.",
     L("2018-08-20 the article", "2018-09-13 China-ASEAN Information Harbor E-commerce Forum", "2021-02-03 横县 → 横州市")),
    ("In what order did the forum, the article and Hengxian's renaming happen?", F("2018-08-20 the article")),
    ("Which came first, the forum or the Sina article?", L("2018-08-20 the article")),
    ("论坛和那篇新浪文章哪个在前？", L("2018-08-20 文章发布")),
    ("按时间先后排列：新浪的文章、南宁的论坛、横县改名", L("2018-08-20 文章发布", "2018-09-13 中国-东盟信息港电子商务论坛", "2021-02-03 横县 → 横州市")),
    ("《广西电子商务精准扶贫三年行动计划（2018-2020）》和论坛哪个在前？", R()),
    # round 42's refusals: the weekday of a stated date (worked out); the difference of two kinds counted; none of a
    # county-level kind under a place is none (the division data is whole there); each of the things counted asked
    # after the count; 比…晚几天 is the days between; 哪个时间更早 sets two dates in order
    ("信息港电商论坛那天是星期几？", L("星期四（2018-09-13）")),
    ("What day of the week was the forum held?", L("Thursday (2018-09-13)")),
    ("国务院批复是星期几发布的？", R()),  # stated to the month only
    ("How many more districts than county-level cities does Guangxi have?", F("a difference of 31 (districts: 41, county-level cities: 10)")),
    ("全区的县（含自治县）比市辖区多几个？", F("相差 19（县: 60、市辖区: 41）")),
    ("List Liuzhou's county-level cities.", L("none: Liuzhou has no county-level cities under it (by the division data, complete down to county level)")),
    ("北海有几个自治县？", L("0")),
    ("How many county-level cities does Liuzhou have?", L("0")),
    ("How many towns does Lingshan have?", R()),  # the towns are those the sources name, not all
    ("Which county-level cities in Liuzhou adopted a model?", R()),  # a relation: none recorded is no none
    ("柳州有几个自治县？分别是什么民族的？", L("2", "三江侗族自治县: 侗族", "融水苗族自治县: 苗族")),
    ("信息港电商论坛开幕比这篇报道发布晚了几天？", L("24 天（文章发布 2018-08-20 → 中国-东盟信息港电子商务论坛 2018-09-13）")),
    ("论坛和文章哪个时间更早？", L("2018-08-20 文章发布")),
    # 全区县级单位 is the region's county-level units (never 区县); one place's units as a share of the region's; 用的是
    # 哪个代码 asks a code (no model); which side of another place; the district a zone lies in; two numbers offered
    ("全区县级单位里，自治县占比多少？", L("约 10.8%")),
    ("全区县级单位有多少个？", L("111")),
    ("桂林一个市的县级单位，占全区县级单位总数的百分之几？", L("约 15.3%")),
    ("What share of Guangxi's county-level units are in Guilin?", L("about 15.3%")),
    ("荔浦撤县设市之前用的是哪个代码？", L("450331")),
    ("What code did Lipu use before?", L("450331")),
    ("融安县用的是什么模式？", L("“电商+农民合作社+贫困户”模式")),
    ("Is Lingyun County north or south of Fengshan County?", L("Lingyun County is south of Fengshan County")),
    ("北海在钦州以东还是以西？", L("北海市在钦州市以东")),
    ("Is the county that Lingyun tea comes from north or south of the county that the walnut chicken comes from?",
     L("Lingyun County is south of Fengshan County")),
    ("钦州保税港区所在的区，经纬度是多少？", P("钦南区")),
    ("Hantang's seedling sales in 2017 — was that 1.6 billion yuan or 160 million?",
     L("160,000,000: Hantang fruit seedlings annual sales: 160000000 yuan (CNY) (1.6亿元)")),
    ("柳州螺蛳粉2017年销售额是30亿还是38亿？", R()),  # more than 30亿: 38亿 is not ruled out
    ("柳州螺蛳粉2017年销售额是20亿还是25亿？", P("两个都不对")),
    # which sentence says it: the sentence itself, then its source; the claim that a village lies in a county, by the
    # rows of each step up and the sentence naming both
    ("哪句话提到了柳州螺蛳粉的销售额？", L("“据不完全统计，南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额分别突破80亿、38亿、30亿元。”",
                                "《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml")),
    ("凭什么说汉塘村在灵山县？原文怎么写的？", P("“450721115208,汉塘村委会")),
    ("What is the source of the claim that Hantang Village is in Lingshan County?",
     L("\"Guangxi administrative divisions (reference data)\", NBS 2023 edition (cut-off 2023-06-30)",
       "\"Guangxi e-commerce's new leap, a new engine of economic growth\", Sina Guangxi, 2018-08-20, http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml")),
    ("原文哪句话讲了融安金桔涨价？", P("融安金桔 采用模式前售价")),
    # round 43's wrong answers: a fraction claimed (三分之一左右) is checked as a number, never a bound passed; the code
    # of a place's one county-level city is that city's (never the place's); a later sentence about the member the
    # first one asks for is about that member
    ("文章讲“最终消费”对全区经济增长贡献了多少？我记得是三分之一左右，对不对？", P("否: 广西壮族自治区 最终消费对经济增长贡献率")),
    ("Was final consumption's contribution to growth about half?", P("yes: Guangxi Zhuang Autonomous Region contribution of final consumption")),
    ("最终消费对经济增长的贡献率超过三分之一了吗？", P("是: 广西壮族自治区 最终消费对经济增长贡献率")),
    ("What was final consumption's contribution to growth?", P("Guangxi Zhuang Autonomous Region contribution of final consumption")),
    ("Nanning has just one county-level city – give its name and full 12-digit statistical code.",
     L("Hengzhou (county-level city)", "横州市", "450181000000")),
    ("What is the code of Nanning's county-level city?", L("450181")),
    ("南宁唯一的县级市是哪个？", L("横州市")),
    ("贺州唯一的自治县叫什么？", L("富川瑶族自治县")),
    ("What is Baise's only county-level city?", R()),  # two: no only one
    ("长寿食品产地那个市，里面的仫佬族自治县叫什么？代码多少？", L("罗城仫佬族自治县", "451225")),
    ("融安县属于哪个市？代码是多少？", L("柳州市", "450224")),
    # round 43's refusals: a Chinese number of things (两千多个) claimed; 老家那个市 as the origin's city; turn into as a
    # renaming; code lookup; 拼音写作; quote the line; days to a renaming; the State Council's reply beside the forum
    ("农产品网销单品是不是已经培育了两千多个？", P("否: 广西壮族自治区 培育农产品网销单品数")),
    ("螺蛳粉的老家那个市，它的拼音和代码是？", L("Liuzhou", "450200")),
    ("On which day did Heng County officially turn into Hengzhou?", F("2021-02-03")),
    ("Quick code lookup: what place is 450922?", L("Luchuan County")),
    ("拼音写作 Tian'e 的是哪个县？归哪个地级市管？", L("天峨县", "河池市")),
    ("Quote the line giving the number of national rural e-commerce demonstration counties.", P("“The comprehensive demonstration project")),
    ("How many days passed between the 13 September 2018 forum and the date Heng County became Hengzhou?",
     L("874 days (China-ASEAN Information Harbor E-commerce Forum 2018-09-13 → 横县 → 横州市 2021-02-03, about 2.4 years)")),
    ("论坛举办到横县改名隔了多少天？", L("874 天（中国-东盟信息港电子商务论坛 2018-09-13 → 横县 → 横州市 2021-02-03，约 2.4 年）")),
    ("国务院综试区批复和中国-东盟信息港电子商务论坛，哪个在前？", L("2018-08 关于同意在北京等22个城市设立跨境电子商务综合试验区的批复")),
    ("国务院的批复和论坛哪个在先？", L("2018-08 关于同意在北京等22个城市设立跨境电子商务综合试验区的批复")),
    # a figure's own bound as stated names it (突破30亿是哪一年); a plan's end is the last year of its period
    ("柳州螺蛳粉销售额突破30亿是哪一年？", P("柳州螺蛳粉 年销售额: 突破 3000000000 元 (30亿元)")),
    ("销售额超过30亿的产品有几个？", F("3")),
    ("电子商务精准扶贫三年行动计划到哪一年收尾？", L("2020")),
    ("When does the e-commerce poverty alleviation three-year action plan end?", L("2020")),
    ("中国-东盟信息港电子商务论坛什么时候结束？", R()),  # no end date stated
    # round 44's wrong answers: the villagers who sell seedlings are described by the selling (their income asked);
    # a latitude apart is a difference of degrees, never a distance; 今年 quoted from the article is the article's
    # year, never today's; two dates in the same month; a list of four names checked for the claim's source
    ("有人说汉塘村卖果苗的村民一年只挣两三万，文章里是怎么说的？", F("“我们种植果苗、从事网上果苗销售的村民，每年收入都有十几万！”")),
    ("汉塘村卖果苗的村民一年挣多少？", P("汉塘村 村民年收入: 100000–200000 元")),
    ("How far apart in latitude are the kumquat county and the walnut-chicken county?", L("about 0.68 degrees of latitude")),
    ("融安县和凤山县纬度相差多少？", L("纬度相差约 0.68 度")),
    ("文章里说的'今年8月'国务院那份批复，跟文章发表是同一个月吗？",
     L("是: 关于同意在北京等22个城市设立跨境电子商务综合试验区的批复 2018-08、文章发布 2018-08-20")),
    ("中国-东盟信息港电子商务论坛和那篇文章是同一个月吗？", L("否: 中国-东盟信息港电子商务论坛 2018-09-13、文章发布 2018-08-20")),
    ("国务院的批复和论坛是同一天吗？", R()),  # the reply is dated to the month only
    ("Put these in chronological order: the Hengzhou renaming, the Nanning forum, the State Council reply on pilot zones, the article's publication.", R()),
    # round 44's refusals: a number claimed that is not the source's gets no, with the figure; the city a product
    # comes from (来自的那个城市); the file a source was read from (never a document listed); fractions in words
    ("我在别处看到电商在广西带动了大约120万人就业，文章里是这个数吗？", F("否: 图谱中这项数据是12万人，不是1,200,000")),
    ("富硒产品来自的那个城市，拼音怎么写？", L("Guigang")),
    ("广西行政区划参考数据对应的源文件叫什么？", L("guangxi_divisions.csv")),
    ("What file is the Guangxi divisions reference data loaded from?", L("guangxi_divisions.csv")),
    ("柳州螺蛳粉的销售额来自哪个源文件？", L("000_344fe5bdacb1ee74.txt")),
    # round 45's wrong answer: a later sentence that asks which with no kind of its own asks of the first's kind
    ("按图谱坐标，广西哪个地级市驻地最靠北？哪个最靠南？", L("桂林市", "北海市")),
    # round 45's partial answers: a bare 区 after 下面 or before 各 is the districts, counted beside the others
    ("梧州市下面区、县、县级市各有几个？", L("市辖区: 3", "县: 3", "县级市: 1")),
    ("贺州下面的县级单位里，县（含自治县）和区各几个？", L("县: 3", "市辖区: 2")),
    # round 45's refusals: names listed before 以外 are left out (never a relation denied: 产自南宁以外 stays
    # refused); a latitude span is the difference of latitudes; the graph "stores", 写进图谱, 先问下 say nothing
    ("钦南区、钦北区以外，钦州市还有哪些县级单位？", L("浦北县", "灵山县")),
    ("钦州市还有哪些县级单位，钦南区、钦北区以外？", L("浦北县", "灵山县")),
    ("产自南宁以外的产品有哪些？", R()),
    ("What's the latitude span between Ziyuan County and Hepu County?", P("about 4.38 degrees")),
    ("What is the span in longitude between Ziyuan County and Hepu County in degrees?", P("about 1.45 degrees")),
    ("贵港有什么特产被写进了图谱？", L("贵港富硒产品")),
    ("我们商会打算去南宁跨境商品直购体验中心考察，先问下那里场地一共多大？", P("南宁跨境商品直购体验中心 面积: 8000")),
    # the character asked of names, said in English (the character 川 appears; names that include 山)
    ("In how many county-level names does the character 川 appear?", L("3")),
    ("How many county-level names contain the character 州?", L("7")),
    ("Counting every county-level name that includes the character 州, what total do you get?", L("7")),
    ("Which county-level units have a name that includes 川?", L("Fuchuan Yao Autonomous County", "Lingchuan County", "Luchuan County")),
    # the pinyin or code asked of those listed: how it begins or ends
    ("列出拼音以“Long”开头的广西县级单位。", L("隆安县", "隆林各族自治县", "龙圩区", "龙州县", "龙胜各族自治县")),
    ("How many county-level units have a six-digit code ending in 81?", F("9")),
    ("代码以81结尾的县级单位有哪些？", L("东兴市", "凭祥市", "北流市", "合山市", "岑溪市", "桂平市", "横州市", "荔浦市", "靖西市")),
    ("How many county-level units have codes starting with 4505?", F("4")),
    # a class named by its label as a type; kinds of things joined by and are each counted (never one left out in
    # silence), and which kind is more is the one with the larger count
    ("Which things in the graph are typed as facilities (设施)?", L("Nanning cross-border goods direct-purchase experience centre",
                                                                  "Qinzhou Bonded Port Area international goods direct-sales centre",
                                                                  "offline cross-border e-commerce supervision centre")),
    ("Which entities have the type 地区 (region)?", L("ASEAN", "Australia", "Europe and America")),
    ("图谱中有哪些“称号”类条目？", L("淘宝村")),
    ("图谱里活动和政策各有几个？", L("活动: 10", "政策: 7")),
    ("How many events and policies does the graph hold?", L("events: 10", "policies: 7")),
    ("图谱里“电商平台”类实体和“组织”类实体，哪类更多？", F("组织")),
    ("图谱里活动和政策哪类更少？", F("政策")),
    ("Which kind does the graph hold more of, events or policies?", F("events")),
    # round 46's wrong answers: sales online (网上卖得) are a channel no figure states; the other teas of the industry
    # a tea belongs to leave that tea out, and a topic said with a colon is the subject of each sentence
    ("南宁香蕉和百色芒果，哪个2017年在网上卖得更多？", R()),
    ("Which sold more online in 2017, Nanning bananas or Baise mangoes?", R()),
    ("防城港金花茶属于哪个产业？这个产业里另外还有几种茶？", L("广西桂茶产业", "3")),
    ("防城港金花茶：产地市的拼音是什么？属于哪个产业？这个产业里另外还有几种茶？", L("Fangchenggang", "广西桂茶产业", "3")),
    ("广西桂茶产业里除了防城港金花茶还有几种茶？", L("3")),
    ("广西桂茶产业里另外还有几种茶？", L("4")),
    # round 46's refusals: the coordinates of a place with none above it (Guangxi) are the answer; the only one the
    # graph holds, asked of the graph; "it" after a which with no name is the one answered; one thing of each member
    ("广西壮族自治区这个省级单位在图谱里给的经纬度是多少？", P("广西壮族自治区: 纬度 22.815478")),
    ("What are the coordinates of Guangxi?", P("Guangxi Zhuang Autonomous Region: latitude 22.815478")),
    ("图谱里唯一的乡级行政区是哪个？它的拼音是什么？", L("武利镇", "Wuli")),
    ("图谱里唯一的地级市是哪个？", R()),
    ("钦州市下辖县级单位的拼音分别是什么？", L("浦北县", "灵山县", "钦北区", "钦南区", "浦北县: Pubei", "灵山县: Lingshan",
                                             "钦北区: Qinbei", "钦南区: Qinnan")),
    ("List the pinyin names of all the county-level units under Hezhou.",
     L("Babu District", "Fuchuan Yao Autonomous County", "Pinggui District", "Zhaoping County", "Zhongshan County",
       "Babu District: Babu", "Fuchuan Yao Autonomous County: Fuchuan", "Pinggui District: Pinggui", "Zhaoping County: Zhaoping",
       "Zhongshan County: Zhongshan")),
    # the latest figure: of those the graph holds, the one whose period ends last
    ("广西最新的电子商务交易额是多少？", L("广西壮族自治区 电子商务交易额: 422000000000 元 (4220亿元)")),
    ("What's the most recent period for which the graph has a Guangxi e-commerce transaction figure, and what was the figure?",
     L("Guangxi Zhuang Autonomous Region e-commerce transaction volume: 422000000000 yuan (CNY) (4220亿元)")),
    # places with a former code on record, counted or listed; two places a first sentence opens with are what a
    # later sentence with no name asks about
    ("图谱里的县级市中，有几个记录了旧代码？", L("3")),
    ("Which county-level units have a former code on record?", L("Hengzhou (county-level city)", "Lipu (county-level city)", "Pingguo (county-level city)",
                                                                "Tianyang District", "Yizhou District")),
    ("凭祥和东兴，谁更靠东？经度差多少？", L("东兴市", "经度相差约 1.21 度")),
    # what connects two things, which relation type; before or after (the first named against the second, with both
    # dates), the one article the graph holds as a time, and how long after it, in days and years
    ("What connects Dongxing and Pingxiang in the graph?",
     L('Dongxing (county-level city) —adopts model→ "Border trade + cross-border e-commerce" model ←adopts model— Pingxiang (county-level city)')),
    ("Which relation type connects the Qinzhou direct-sales centre to Hunan?",
     L("Qinzhou Bonded Port Area international goods direct-sales centre —business reaches→ Hunan")),
    ("Was the State Council's 22-city pilot-zone reply issued before or after the China-ASEAN Information Harbor e-commerce forum?",
     P("before (")),
    ("国务院的批复是在中国-东盟信息港电子商务论坛之前还是之后发布的？", P("之前（")),
    ("横县改名横州市，是在那篇报道发表之前还是之后？大概晚了多久？",
     L("之后（横县 → 横州市 2021-02-03，文章发布 2018-08-20）", "898 天（文章发布 2018-08-20 → 横县 → 横州市 2021-02-03，约 2.5 年）")),
    ("How many days after the article was published was Heng County renamed Hengzhou?", P("898 days")),
    ("横县改名横州市和那篇报道，哪个在先？", F("2018-08-20 文章发布")),
    # round 47's wrong answers: the owner of a thing (the State Council's reply) is no claim about it when Guangxi is
    # what is claimed; "that county" after a part is the county that part answers, never the name's own pinyin
    ("The 22 cities in the State Council's pilot-zone reply — were those 22 Guangxi cities?", R()),
    ("The prefecture that carries code 451300 — which of its county-level units is an autonomous county, and what's that county's pinyin?", R()),
    ("Laibin — which of its county-level units is an autonomous county, and what's that county's pinyin?",
     L("Jinxiu Yao Autonomous County", "Jinxiu")),
    # each member's relation after a which of a kind (有哪几种茶？它们各产自哪里), 每份各
    ("广西桂茶产业有哪几种茶？它们各产自哪里？", L("百色凌云茶", "防城港金花茶", "横县茉莉花茶", "梧州六堡茶", "百色凌云茶: 凌云县",
                                              "防城港金花茶: 防城港市", "横县茉莉花茶: 横州市", "梧州六堡茶: 梧州市")),
    ("自治区人民政府办公厅在图谱里发过哪些文件？每份各支持什么主题？",
     L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见", "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知",
       "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见: 跨境电子商务、电子商务发展",
       "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知: 电子商务发展、“互联网+流通”")),
    # the Tropic of Cancer (北回归线) as the line of latitude it is
    ("How many of Guangxi's county-level cities lie south of the Tropic of Cancer (23.44°N) by the stored coordinates?", F("8")),
    ("哪些地级市在北回归线以南？", L("北海市", "南宁市", "崇左市", "玉林市", "贵港市", "钦州市", "防城港市")),
    # the other names the graph records for a thing (never what it organised); the weekday of the article and of a
    # renaming
    ("自治区商务厅的别名有哪些？", L("广西商务厅", "自治区商务厅", "Guangxi Department of Commerce")),
    ("广西壮族自治区商务厅还有哪些名称？", L("广西商务厅", "自治区商务厅", "Guangxi Department of Commerce")),
    ("What other names does the graph record for SAP?", L("SAP", "德国思爱普", "思爱普")),
    ("What day of the week was the article published?", F("Monday (2018-08-20)")),
    ("横县改名横州市是星期几？", F("星期三（2021-02-03）")),
    # a claim from a draft (稿子里写, a draft brief says) checked against the graph; 弄混 (mixed up) is not read as a
    # yes or no of the claim
    ("同事稿子里写“柳州螺蛳粉2017年销售额突破38亿元”，这个数对吗？", P("无法证实: 柳州螺蛳粉 年销售额: 突破 3000000000 元")),
    ("A draft brief says Guangxi's cross-border e-commerce grew 53.3% a year. Is that the right number for cross-border?",
     P("no: Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth: 28.8 percent")),
    ("有篇材料说“截至2018年7月广西建成农村电商服务站点2228个”，是不是把数字弄混了？", R()),
    # a figure spread evenly over the places of a kind (worked out, never a stated breakdown); the mean latitude of
    # places named or of a kind within a place (each place's own seat); a distance under 10 km to a tenth
    ("平均每个县级单位有多少个物流配送网点？", L("平均每个县级单位约 20.07 个", "广西壮族自治区 物流配送网点数（累计）: 2228 个 (2228个)")),
    ("If the 2,228 logistics delivery outlets were spread evenly across Guangxi's 111 county-level units, about how many would each get?",
     P("about 20.07")),
    ("What's the average stored latitude of Beihai's four county-level units?", L("mean latitude about 21.5286 (4 places)")),
    ("广西所有地级市的平均经度是多少？", L("平均经度约 109.1442（14 个）")),
    ("北海、防城港、钦州三个市的平均纬度是多少？", L("平均纬度约 21.7160（3 个）")),
    ("By the stored coordinates, roughly how far is Youjiang District's point from the Baise city seat?",
     L("about 0.2 km (Youjiang District — Baise, straight line)")),
    # none of the other names asked for: said of the graph; Rong County and Teng County as people write 容县 and 藤县
    ("容县：六位代码、所属地级市、别名？", L("450921", "玉林市", "图谱没有记录容县的别名")),
    ("Does Rong County have any aliases in the graph?", L("the graph records no other name for Rongxian County")),
    ("Which prefecture is Teng County in?", L("Wuzhou")),
    # the level of a place asked in English (never dropped in silence beside its code)
    ("What are the six-digit codes and levels of Xingye and Beiliu?", L("450924", "county", "450981", "county-level city")),
    ("What is the level of Xingye?", L("county")),
    # parts listed, then one question word for each (…，以及它上级市的12位代码，分别是多少)
    ("田林县的12位统计代码，以及它上级市的12位代码，分别是多少？", L("451029000000", "451000000000")),
    # round 48's wrong answers: none under a place is said only of the kind itself, never of a kind narrowed by a
    # line or a renaming; exactly (正好) N held; the topics policies support counted, not the policies; the shops a
    # figure counts (卖农产品的网店有多少家) are never the products
    ("老友粉产地城市下面那个县级市，改名前的旧代码是多少？哪天改的名？", R()),
    ("广西的12个自治县里，有几个在北回归线（北纬23.44度）以南？", L("0")),
    ("哪些地级市下辖的县级单位正好是5个？", L("2", "贵港市: 5", "贺州市: 5")),
    ("Which prefectures have exactly 5 county-level units?", L("2", "Guigang: 5", "Hezhou: 5")),
    ("How many distinct topics are the graph's policy documents recorded as supporting?", L("5")),
    ("图谱里的政策文件一共支持几个主题？", L("5")),
    ("2017年广西的个人网店里，卖农产品的网店有多少家？", R()),
    ("How many products have sales figures for 2017?", F("4")),
    # the unit coded X; the name after a preamble (two checks on Dongxing: …); what type of entity a thing is
    ("In which prefecture is the unit coded 451221, and what's its pinyin?", L("Hechi", "Nandan")),
    ("Two checks on Dongxing: what level is it in the division data, and what's its stored longitude?",
     L("county-level city", "Dongxing (county-level city) is in Fangchenggang, Guangxi Zhuang Autonomous Region (latitude 21.547821, longitude 107.971828)",
       "Fangchenggang", "Guangxi Zhuang Autonomous Region")),
    ("What type of entity is SAP?", F("SAP: Platform")),
    # round 49's wrong answers, each now refused: two kinds compared place by place; the earnings a price rise does not
    # give; the things listed named by a word nothing explains (讲师); what lies in a place (never where it lies);
    # things of the graph counted (实体, 时间点) are no figure
    ("广西有几个地级市的市辖区数量多于县（含自治县）的数量？", R()),
    ("融安金桔涨价以后，全县桔农一年总共多赚了多少钱？", R()),
    ("广西电子商务讲师团里都有哪些讲师？", R()),
    ("Which entity is recorded as located in Qinnan District?", L("Qinzhou Bonded Port Area international goods direct-sales centre", "Guangxi Qinzhou Bonded Port Area")),
    ("图谱里跟“跨境电子商务”这个主题直接相连的实体有几个？", R()),
    ("2013年到2018年1-7月，图谱里广西电子商务交易额一共有几个时间点的数？", R()),
    ("融安金桔涨价以后比原来贵了多少？", L("融安金桔 采用模式前售价: 2 元/斤 (2元/斤)", "融安金桔 采用模式后售价: 40 元/斤 (40元/斤)",
                                          "上涨 38 元/斤（是原来的 20 倍，涨幅 1,900%）")),
    # what lies in a place, no kind named: the things located or held in it (and non-places in a place within it),
    # never its parent; none recorded said as none
    ("哪个实体位于凭祥市？", L("图谱没有记录位于凭祥市的实体")),
    ("位于南宁的有哪些？", L("中国-东盟信息港电子商务论坛", "南宁跨境商品直购体验中心", "上林县", "兴宁区", "宾阳县", "横州市", "武鸣区",
                          "江南区", "良庆区", "西乡塘区", "邕宁区", "隆安县", "青秀区", "马山县")),
    ("What things are located in Qinzhou?", L("Qinzhou Bonded Port Area international goods direct-sales centre", "Lingshan County",
                                              "Pubei County", "Qinbei District", "Qinnan District")),
    # one thing's links asked toward the other thing named: how the two are linked
    ("How is Rong'an kumquat connected to Liuzhou?", L("Rong'an kumquat —originates from→ Rong'an County —located in→ Liuzhou")),
    # a ranking bounded by the place named (its products only: one with the figure is that one, none is refused);
    # one thing of the kind named is no ranking; a thing left out is ranked without
    ("柳州的产品里哪个2017年销售额最高？", F("柳州螺蛳粉")),
    ("Of the products from Baise, which sold the most in 2017?", F("Baise mango")),
    ("Which of Hechi's products sold the most?", R()),
    ("Which of Hechi longevity food sold the most?", R()),
    ("除了南宁香蕉，哪个产品2017年销售额最高？", F("百色芒果")),
    ("Besides Nanning banana, which product sold the most in 2017?", F("Baise mango")),
    # a relation's other side that is no condition on the kind listed: refused, never every member of the kind
    ("Which prefectures have a product and a county that adopted a model?", R()),
    ("Which prefectures have both a product and a county with a model?", R()),
    # a kind beside a relation that is neither of its ends is a condition of its own (places holding a product)
    ("哪些县既有产品又采用了模式？", L("凤山县: “万寿谷核桃鸡产业+电商+贫困户”联动", "融安县: “电商+农民合作社+贫困户”模式")),
    # a count of a kind, then a count in another place with no kind of its own: each counted
    ("广西有多少个市辖区？其中南宁有几个？", L("41", "7")),
    ("How many districts does Guangxi have? How many does Nanning have?", L("41", "7")),
    # round 50's wrong answers: the same prefecture as a county is the one it lies in (its other members listed,
    # never what lies under the county); a quoted claim's sentence asked is never dropped for another reading; a
    # year asked that no figure shown is of is refused; where the things a figure counts come from is no figure
    ("跟天等县同属一个地级市的还有哪些县区？", L("凭祥市", "大新县", "宁明县", "扶绥县", "江州区", "龙州县")),
    ("Which other counties are in the same prefecture as Tiandeng?", L("Daxin County", "Fusui County", "Jiangzhou District",
                                                                     "Longzhou County", "Ningming County", "Pingxiang (county-level city)")),
    ("凭祥和宁明在同一个地级市吗？", F("是")),
    ("哪句原文提到了“好山好水出好物”？涉及哪些产品？", R()),
    ("广西跨境电商2017年同比增长28.8%，那2015年的交易额是多少？", R()),
    ("那200多家东盟企业主要来自哪些国家？", R()),
    ("中国-东盟中小企业贸易促进平台服务了多少东盟企业？", P("中国-东盟中小企业贸易促进平台 服务东盟企业数: 超过 200 个")),
    # the places nearest to (or furthest from) a place named, by the seats' coordinates: of the kind asked
    # (county-level units by default, its own too, never those above it), or the other places named
    ("按图谱坐标，离凌云县最近的县级单位是哪个？", L("田林县（约 34 公里）")),
    ("按坐标，离武宣县最近的两个县级单位是哪两个？", L("象州县（约 42 公里）", "桂平市（约 48 公里）")),
    ("按坐标，梧州和贺州哪个离南宁更远？", L("贺州市（约 371 公里）")),
    ("Which county-level units are closest to Diecai District by the stored coordinates?", L("Xiufeng District (about 5.9 km)")),
    ("Which prefecture seat is farthest from Nanning?", L("Hezhou (about 371 km)")),
    ("Which county is nearest to Nanning?", L("Xingning District (about 4.1 km)")),
    ("Which county-level unit lies closest to the Hechi prefecture seat coordinates?", L("Jinchengjiang District (about 4.9 km)")),
    # every figure of a period asked (of the months asked: never a total as of a month)
    ("图谱里哪些数字是2013年的？", L("广西壮族自治区 电子商务交易额: 126600000000 元 (1266亿元)",
                                  "广西壮族自治区 电子商务交易额年均增长率: 53.3 % (53.3%)")),
    ("图谱里有哪些数据是2018年1-7月这个时段的？", L("广西壮族自治区 电子商务交易额: 422000000000 元 (4220亿元)",
                                             "广西壮族自治区 网络零售交易额: 52800000000 元 (528亿元)",
                                             "广西壮族自治区 网络零售交易额同比增长: 13.4 % (13.4%)")),
    # whether a thing had happened (been held, ended) by the time of another: the article's publication or a renaming
    ("文章发布时，中国-东盟信息港电子商务论坛开过了没有？", L("否（中国-东盟信息港电子商务论坛 2018-09-13，文章发布 2018-08-20）")),
    ("横县改名横州市的时候，广西电子商务精准扶贫三年行动计划已经结束了吗？",
     L("是（广西电子商务精准扶贫三年行动计划（2018-2020） 2020，横县 → 横州市 2021-02-03）")),
    ("When the article came out, had the China-ASEAN Information Harbor E-commerce Forum already been held?",
     L("no (China-ASEAN Information Harbor E-commerce Forum 2018-09-13; the article 2018-08-20)")),
    # the product whose origin lies furthest in a direction, of every product; two figures added ("adding")
    ("图谱里所有产品里，哪个的产地最靠北？", L("桂林米粉 (桂林市)")),
    ("Adding rural service stations and logistics delivery outlets together, how many points had been built by July 2018?",
     F("combined: 5329 count")),
    # two kinds' counts compared: a bare 区 before 比 is the districts; more A or more B (活动多还是政策多)
    ("贵港下面的区比县级市多几个？", F("相差 2（市辖区: 3、县级市: 1）")),
    ("图谱里活动多还是政策多？", F("活动")),
    ("Does the graph hold more events or more policy documents?", F("events")),
    # a later sentence opening with that prefecture (这个市) asks of the first sentence's answer, never of the name
    ("灵山县属于哪个地级市？这个市还有哪些县区？", L("钦州市", "浦北县", "灵山县", "钦北区", "钦南区")),
    ("Which prefecture is Rong'an in? What autonomous counties does that prefecture have?",
     L("Liuzhou", "Rongshui Miao Autonomous County", "Sanjiang Dong Autonomous County")),
    # a relative clause naming several things listed (拓展到江西、四川、湖南的那个中心): the one thing with the relation to each
    ("业务拓展到江西、四川、湖南的那个直销中心，开了多少家线下体验店？", P("钦州保税港区国际商品直销中心 线下体验店数: 超过 30 个")),
    ("业务拓展到江西和北京的那个中心开了多少家线下体验店？", R()),
    # a thing described by one of its figures (its own words and number: the centre that hosts 400-plus merchants),
    # the one of the kind with it read as that thing; a number of another figure reads as nothing
    ("The centre that hosts 400-plus merchants — how big is its floor area?",
     P("Nanning cross-border goods direct-purchase experience centre floor area: 8000 square metres")),
    ("入驻商家超过400家的那个中心面积多大？", P("南宁跨境商品直购体验中心 面积: 8000 平方米")),
    ("The centre that has 400 stores — how big is it?", R()),
    ("The figure recorded as \"about 50%\" — what does it measure?",
     P("Guangxi Zhuang Autonomous Region contribution of final consumption to economic growth: about 50 percent")),
    # Guangxi left out of the provinces (广西以外的省级单位): no relation denied
    ("图谱里一共记了几个广西以外的省级单位？", F("4")),
    # a code before a renaming (横县 450127) is a former code on record too
    ("How many county-level units have a former code on record?", F("5")),
    # three places or more asked to lie in one prefecture: each asked, yes when one place
    ("福绵区、玉州区和北流市都在同一个地级市吗？", L("是", "福绵区: 玉林市", "玉州区: 玉林市", "北流市: 玉林市")),
    ("凭祥、宁明和东兴在同一个地级市吗？", F("否")),
    # round 51's wrong answers: a thing described by a figure with no 的 (8000平米那个中心); a kind left out before a
    # comma is not the kinds asked after it (不算市辖区，县和县级市); a count against a place's seat is no furthest
    # place; the nearest of a narrow kind (自治县: its names only); further from is the furthest; a year no sentence
    # of the source is of is refused
    ("8000平米那个中心，入驻商家和SKU分别是多少？", L("南宁跨境商品直购体验中心 入驻商家数: 超过 400 个 (400家)",
                                             "南宁跨境商品直购体验中心 商品SKU数: 超过 50000 个 (5万多个)")),
    ("全广西不算市辖区，县和县级市加起来一共多少个？", F("70")),
    ("How many county-level units of Guilin sit north of Guilin's own prefecture seat?", R()),
    ("按坐标，离凤山县最近的自治县是哪个？", L("巴马瑶族自治县（约 50 公里）")),
    ("Which prefecture seat is further from Nanning's: Guilin or Wuzhou?", L("Guilin (about 326 km)")),
    ("What did the Sina article report for Guangxi's 2019 e-commerce?", R()),
    # the group a name belongs to said as the one it shares (和金花茶同属一个产业的其他产品); which of two places has
    # more of a kind (哪个市辖区多: the districts counted, no district asked)
    ("和金花茶同属一个产业的其他产品有哪些？", L("梧州六堡茶", "横县茉莉花茶", "百色凌云茶")),
    ("Which other products are in the same industry as Liubao tea?",
     L("Baise Lingyun tea", "Fangchenggang golden camellia tea", "Hengxian jasmine tea")),
    ("梧州和钦州，哪个市辖区多？", L("梧州市: 3")),
    # nearest said right after the name by the coordinates (容县按坐标最近的); the places within a distance (none said)
    ("容县按坐标最近的是哪个县级单位？", L("北流市（约 27 公里）")),
    ("By the graph's coordinates, which prefecture seats are within 120 km of Nanning's seat?",
     L("Qinzhou (about 98 km)", "Chongzuo (about 114 km)")),
    ("Which prefectures are within 50 km of Nanning?", L("none (the nearest is 98 km away)")),
    # the months between two dates the graph states, each at least to the month (counted month to month)
    ("How many months after the State Council's pilot-zone reply was Heng County renamed?",
     P("about 30 months (Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing 2018-08")),
    ("中国-东盟信息港电子商务论坛在文章发布后几个月举办？", P("约 1 个月（文章发布 2018-08-20 → 中国-东盟信息港电子商务论坛 2018-09-13）")),
    # how many years a thing covers (both end years counted)
    ("How many years does the e-commerce poverty-alleviation action plan span?", L("3 years (2018-2020)")),
    ("广西电子商务精准扶贫三年行动计划为期几年？", L("3 年（2018-2020）")),
    # still upcoming (还没举办) by the time of the article: yes when it came later
    ("Was the China-ASEAN Information Harbor forum still upcoming when the article came out?",
     L("yes (China-ASEAN Information Harbor E-commerce Forum 2018-09-13; the article 2018-08-20)")),
    ("文章发表时，中国-东盟信息港电子商务论坛是不是还没举办？", L("是（中国-东盟信息港电子商务论坛 2018-09-13，文章发布 2018-08-20）")),
    # kinds compared with a plain kind (plain counties than urban districts: both counted); A vs B, I mix them up,
    # 统计表里: the two names, words that ask nothing
    ("How many more plain counties than urban districts does Guangxi have?", F("a difference of 19 (plain counties: 60, urban districts: 41)")),
    ("Xiangzhou County vs Xiangshan District — I mix them up. Which prefecture is each in?", L("Laibin", "Guilin")),
    ("统计表里代码451322对应哪个县？归哪个市？", F("象州县")),
    # 恰好只有一个: exactly one (no claim that none else has it); 是不是只有一个县 stays refused (no count checked)
    ("哪些地级市下面恰好只有一个县级市？", F("9")),
    ("北海市是不是只有一个县？", R()),
    # round 52's wrong answers: a kind named that no condition of a list reaches is never dropped (refused); the
    # narrower kind said as what the wider are classed as is counted; figures about a kind: those about things of it;
    # nearest to a seat: its own units too; five times or more (五倍以上) checks the ratio, never the rate
    ("有扶贫模式的县所在的那些地级市，一共出产哪些产品（县里出的也算）？", R()),
    ("How many organisations does the graph classify as platforms?", F("9")),
    ("How many of the graph's figures are about a product?", F("6")),
    ("图谱里关于产品的数据有几条？", F("6")),
    ("2017年广西电商交易额是2013年的五倍以上吗？", F("是：2017年是2013年的 5.57 倍")),
    # places asked each where they lie, two in one place: each tied to it (德保县 → 百色市 too)
    ("那坡、德保、天等这三个县分别归哪个市？", L("百色市", "崇左市")),
    ("2017年广西个人网店数量，换算成“万家”是多少？", P("广西壮族自治区 个人网店数量: 54935 个")),
    # round 53's wrong answers: the varieties of one product are no fact of it (what is known never answers them);
    # next year is a year asked (never filler), refused with no figure of it
    ("百色芒果主要有哪几个品种？", R()),
    ("What are the varieties of Baise mango?", R()),
    ("What will Rong'an kumquats sell for per jin next year?", R()),
    ("How many varieties of Guangxi rice noodles are there?", F("3")),
    # round 54's wrong answer: a sum of money asked with no figure in yuan is refused, never the households counted
    ("凤山核桃鸡模式让每户贫困户一年多收入多少钱？", R()),
    ("汉塘村村民一年收入多少钱？", P("汉塘村 村民年收入: 100000–200000 元")),
    # the kinds listed where they lie (districts and counties are in Liuzhou: both kinds); a name left out said
    # again later is a name there; a bare "same prefecture?" is yes or no; 再往上 is the next level asked
    ("Which districts and counties are in Liuzhou?", L("Chengzhong District", "Liubei District", "Liucheng County", "Liujiang District",
                                                       "Liunan District", "Luzhai County", "Rong'an County", "Rongshui Miao Autonomous County",
                                                       "Sanjiang Dong Autonomous County", "Yufeng District")),
    ("Which counties are Miao or Dong autonomous counties?", L("Rongshui Miao Autonomous County", "Sanjiang Dong Autonomous County")),
    ("Besides Rong'an, which other districts/counties sit in the same prefecture as Rong'an?",
     L("Chengzhong District", "Liubei District", "Liucheng County", "Liujiang District", "Liunan District", "Luzhai County",
       "Rongshui Miao Autonomous County", "Sanjiang Dong Autonomous County", "Yufeng District")),
    ("luchuan, bobai, xingye - same prefecture? which one", L("yes", "Luchuan County: Yulin", "Bobai County: Yulin", "Xingye County: Yulin")),
    ("Rongxian and Tengxian: same city?", L("no", "Rongxian County: Yulin", "Tengxian County: Wuzhou")),
    ("汉塘村上面一级是哪个镇，再往上是哪个县、哪个市？", L("武利镇", "灵山县", "钦州市")),
    ("汉塘村果苗2017年的销售额的单位是什么？", P("汉塘村果苗 年销售额: 160000000 元")),
    ("中国-东盟信息港电子商务论坛的主办单位是什么？", L("广西壮族自治区人民政府")),
    # an order said from one end to the other: that end first
    ("Rank the 2017 product sales figures from highest to lowest", F("Nanning banana")),
    ("Rank the 2017 product sales figures from lowest to highest", F("Hantang fruit seedlings")),
    ("南宁香蕉、百色芒果、柳州螺蛳粉2017年销售额从低到高排序", F("柳州螺蛳粉")),
    # round 55's wrong answers: a name left out by 不含 / 不包括 is never counted
    ("玉林市管辖几个县？不含区，也不含北流市。", F("4")),
    ("玉林市有几个县级行政区（不包括北流市）？", F("6")),
    # a place's name at the article's time: by the date of its renaming (never the article's citation)
    ("Was Hengxian already called Hengzhou when the 2018 Sina article was published?", P("no (横县 was renamed 横州市 on 2021-02-03")),
    ("When the article came out, was Hengzhou still called Hengxian?", P("yes (横县 was renamed 横州市 on 2021-02-03")),
    ("文章发布时横州市还叫横县吗？", P("是（横县于2021-02-03更名为横州市")),
    ("Was Hengxian already called Hengzhou when the 2021 article was published?", R()),
    # the whole a share is of, worked out (外贸进出口总额 asked after the part and the share)
    ("用跨境电商425亿元和占比11%，算一下2017年广西外贸进出口总额。", L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)",
                                                             "广西壮族自治区 跨境电商交易额占进出口总额比重: 约 11 % (11%)",
                                                             "进出口总额（推算）约 386363636364 元")),
    # every part asked unanswered is refused, never another thing's relation (enter is no typo of center; Guangxi
    # written in the relation's words is its other end); a count of things is never answered by a rate
    ("Who founded DHgate and when did it enter Guangxi?", R()),
    ("Did DHgate enter Guangxi?", P("yes: DHgate")),
    ("Which companies came into Guangxi to develop?", L("DHgate", "Google", "JD.com", "Vipshop", "Zhijian Yuntu")),
    ("京东的农村电商业务覆盖了广西多少个村？", R()),
    ("广西农村电商覆盖率是多少？", P("广西壮族自治区 农村电商覆盖率: 超过 70 %")),
    # ordinary words of round 55's refusals, each where its kind of word lives (a relation's, a figure's, a cue's)
    ("2017 sales: did Nanning's bananas beat Hantang's seedlings?", P("yes: Nanning banana")),
    ("服务站点和物流网点，截至2018年7月谁的数量领先？", P("农村电商服务站点数（累计） 3101个 > 物流配送网点数（累计） 2228个")),
    ("How many tea products are listed as belonging to the Guicha industry?", F("4")),
    ("Name the teas the article groups under the Guangxi Guicha tea industry.", L("Baise Lingyun tea", "Fangchenggang golden camellia tea",
                                                                                 "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    ("文章里列举的为电商发展保驾护航的政策文件一共有几份？", F("6")),
    ("Give me the rural e-commerce penetration figure for Guangxi.", P("Guangxi Zhuang Autonomous Region rural e-commerce coverage: more than 70")),
    ("Estimated employment effect of e-commerce in Guangxi - how many people does it put to work?",
     P("Guangxi Zhuang Autonomous Region jobs created directly and indirectly: about 120000")),
    ("六堡茶和金花茶分别属于哪个产业、产自哪个市？", L("梧州六堡茶: 产自: 梧州市", "梧州六堡茶: 组成: 广西桂茶产业", "防城港金花茶: 产自: 防城港市",
                                             "防城港金花茶: 组成: 广西桂茶产业")),
    ("新浪广西那篇讲广西电商新跨越的报道，刊发于哪一天？", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20")),
    ("《广西电子商务精准扶贫三年行动计划》时间跨度是从哪年到哪年？", F("3 年（2018-2020）")),
    ("Which article are the facts about Liuzhou luosifen drawn from?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth"')),
    ("Who was the undertaking organiser of the information harbor forum?", L("Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("Whom does the China-ASEAN SME trade promotion platform cater to?", L("ASEAN")),
    # outside a place: the things related that do not lie in it (an answer of things each shown can be checked)
    ("Outside Guangxi, in which provinces does the Qinzhou international goods centre do business?", L("Hunan", "Jiangxi", "Sichuan")),
    ("除了四川，钦州保税港区国际商品直销中心的市场还覆盖哪些省？", L("湖南省", "江西省")),
    # the place of a level above a name (no comparison)
    ("What is the town-level unit directly above Hantang Village in the division hierarchy?", L("Wuli Town")),
    ("Which prefecture is above Lingyun County?", L("Baise")),
    ("Top-selling product of 2017 per the graph?", F("Nanning banana")),
    ("What was the best-selling product in 2017?", F("Nanning banana")),
    # framing words that carry no condition
    ("Which products are considered specialities of Nanning?", L("Hengxian jasmine tea", "Nanning banana", "Nanning laoyou noodles")),
    ("Which notable platforms settled in Guangxi?", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("南宁有代表性的产品有哪些？", L("南宁老友粉", "南宁香蕉", "横县茉莉花茶")),
    ("Was Nanning banana sales large relative to Baise mango?", P("Nanning banana annual sales")),
    # round 56's wrong answers: growth rates compared are the rates, never the figures they grow
    ("Compare two growth rates: cross-border e-commerce (2017) vs online retail (Jan-Jul 2018). Which is higher and by how many points?",
     P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth: 28.8")),
    ("跨境电商同比增速（2017年）和网络零售同比增速（2018年1-7月）哪个快？", V("28.8", "13.4")),
    # belonging asked in its plain word is met by a kind of (南宁老友粉属于广西米粉); 在哪一年 asks when, not where
    ("南宁老友粉属于广西米粉吗？", P("是: 南宁老友粉 —属于品类→ 广西米粉")),
    ("Does Nanning laoyou noodles belong to Guangxi rice noodles?", P("yes: Nanning laoyou noodles —is a kind of→ Guangxi rice noodles")),
    ("首届中国-东盟电商峰会是在哪一年召开的？", R()),
    ("中国-东盟信息港电子商务论坛是在哪一天举办的？", L("2018-09-13")),
    # words of round 56's refusals where their kind lives; things counted are never answered by a source
    ("构成“桂茶”产业的都有哪些茶叶？请列全。", L("梧州六堡茶", "横县茉莉花茶", "百色凌云茶", "防城港金花茶")),
    ("以自治区政府办公厅名义印发的政策文件，请把名称一一列出。", L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
                                                 "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("全区累计建成3101个服务站点，这个数字统计截至什么时间？", P("广西壮族自治区 农村电商服务站点数（累计）: 3101 个")),
    ("Besides Alibaba's OneTouch, name the other cross-border platforms that took up residence in Guangxi.", L("SAP", "Zhejiang Jumore")),
    ("Apart from JD, which other e-commerce enterprises entered Guangxi to develop, according to the article?",
     L("DHgate", "Google", "Vipshop", "Zhijian Yuntu")),
    ("In 2017 sales terms, did mangoes from Baise outperform Liuzhou's luosifen?", F("Baise mango")),
    ("How many Guangxi regional policy documents on e-commerce does the article enumerate?", R()),
    ("这些数据出自几篇文章？", F("1")),
    ("Compare Hechi and Baise by the districts, counties and county-level cities under them - which has more in total?", F("Baise: 12")),
    ("We have a supplier in Xincheng county; what city-level administration is that under?", L("Laibin")),
    # round 57's wrong answers: one industry asked of two things is compared through their kinds, never whether
    # each is a product; a figure of the place a named place lies in is no figure of it; a document that backs a
    # topic is a policy supporting it, never the article
    ("六堡茶和老友粉算不算同一个产业里的产品？", F("否：梧州六堡茶属于广西桂茶产业，南宁老友粉属于广西米粉产业链")),
    ("Are Liuzhou luosifen and Guilin rice noodles in the same industry?", F("yes: both belong to Guangxi rice-noodle industry chain")),
    ("Our NGO works in Hechi: how many of the region's village-level e-commerce service stations are located in that prefecture?", R()),
    ("Which document in the knowledge graph backs 'Internet + circulation', and who issued it?",
     L('Notice of the regional government\'s general office issuing the implementation plan of the "Internet + circulation" action plan',
       "General Office of the People's Government of Guangxi Zhuang Autonomous Region")),
    # the (autonomous) region is Guangxi; the source as what says a figure asked is no source asked
    ("List every programme the autonomous region is recorded as carrying out.", L(
        '"E-commerce Guangxi, e-commerce ASEAN" project', "China's ASEAN-oriented cross-border e-commerce base", "China-ASEAN Information Harbor",
        "Comprehensive demonstration project of e-commerce in rural areas", "Cross-border e-commerce comprehensive pilot zones")),
    ("Across the whole region, how many autonomous counties does the graph list?", F("12")),
    ("What employment effect does the source estimate for e-commerce in the region?", R()),
    ("Straight-line km from Nanning's point to Liuzhou's point, using the graph's lat/long?", P("about 200 km")),
    ("How wide was the 2017 sales gap between Nanning's bananas and Baise's mangoes, and who led?", F("Nanning banana")),
    ("山区桔农以前卖金桔是什么价位（每斤）？", V("2")),
    ("How many xian does Hechi have?", F("9")),
    ("Which city has the most shiqu?", F("Nanning: 7")),
    ("Which county is Hantang Village in, and what is the prefecture above it?", L("Lingshan County", "Qinzhou")),
    ("“横县”这个名字是在哪一天停止使用、改成横州市的？旧代码是多少？", L("2021-02-03", "横州市", "450127（2021-02-03以前）")),
    ("The Guangxi rice noodle category: how many member products, and which?", L("3", "Guilin rice noodles", "Liuzhou river-snail rice noodles",
                                                                                "Nanning laoyou noodles")),
    ("Count the firms tagged as having come to Guangxi to develop.", F("5")),
    ("用528亿除以4220亿，2018年前7个月网络零售在电商总交易里的占比是百分之几？", V("52800000000", "422000000000")),
    ("文章预告的那场东盟信息港电商盛会，会场放在广西哪座城市？", L("南宁市")),
    ("融安县归哪个市领导？", L("柳州市")),
    ("金桔从每斤2块涨到40块，按倍数算是原价的多少倍？", V("2", "40")),
    ("融安金桔原价多少钱一斤？", V("2")),
    # the rise over one year worked back from its growth rate; a difference asked by subtracting
    ("根据2017年425亿元和28.8%的增速，跨境电商交易额一年里净增了多少？", P("广西壮族自治区 跨境电商交易额: 42500000000 元")),
    ("Subtracting the 2013 level from the 2017 level, what is the yuan increase in Guangxi's e-commerce transactions?",
     P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume")),
    ("2013至2017这四年，广西电商交易额的绝对增量是多少亿元？", P("广西壮族自治区 电子商务交易额年均增长率")),
    # 市区 is the districts (never cities under a city); 家乡 is where a thing comes from
    ("六堡茶的家乡那座城市，市区由哪些区组成？", L("万秀区", "长洲区", "龙圩区")),
    ("梧州市区由哪些区组成？", L("万秀区", "长洲区", "龙圩区")),
    # a thing with a span of years asked to be running in a year
    ("Going by the period in its title, would Guangxi's e-commerce poverty alleviation three-year action plan still have been running in 2021?",
     P("no (Guangxi three-year action plan")),
    ("广西电子商务精准扶贫三年行动计划2019年还在实施吗？", P("是（广西电子商务精准扶贫三年行动计划")),
    # round 58's wrong answers: a number given to find its sentence is a number of its own (never digits inside a
    # coordinate); as of when figures are reported is their date, never the article's
    ("As of when are Guangxi's rural service-station and logistics-outlet totals reported?", V("2228", "3101")),
    # words of round 58's refusals where their kind lives
    ("Is there an estimate of how many people owe their jobs, directly or indirectly, to e-commerce in Guangxi?",
     P("Guangxi Zhuang Autonomous Region jobs created directly and indirectly: about 120000")),
    ("Which cross-border e-commerce platforms moved in ('落户') there?", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("电商精准扶贫三年行动计划的起止年份是？", F("3 年（2018-2020）")),
    ("把南宁香蕉、百色芒果和柳州螺蛳粉2017年的销售额加总，是多少亿以上？", F("合计至少 14800000000 元")),
    ("南宁老友粉算广西米粉的一种吗？", P("是: 南宁老友粉 —属于品类→ 广西米粉")),
    ("Rong'an kumquats went from cheap to premium: how many times the old price do they fetch now?", V("2", "40")),
    ("Administratively speaking, which district and city is the Guangxi Qinzhou Bonded Port Area inside?", L("Qinnan District", "Qinzhou")),
    ("Comparing Hechi and Baise by the number of districts, counties and county-level cities each one administers, which comes out ahead?",
     F("Baise: 12")),
    # round 59's wrong answers: village-level e-commerce is rural e-commerce work; customers in provinces are the
    # markets reached; models like Fengshan's: all of them
    ("Which big platforms do village-level e-commerce in Guangxi?", L("Alibaba", "Ganjie", "JD.com", "Lecuntao")),
    ("Qinzhou's bonded-port direct-sales centre has customers in which other provinces?", L("Hunan", "Jiangxi", "Sichuan")),
    ("How many poverty-relief models, like Fengshan's, does the graph contain?", F("2")),
    ("像凤山县的那种扶贫模式，图谱里一共有几个？", F("2")),
    ("How many poverty alleviation models did Fengshan adopt?", F("1")),
    ("比如南宁的产品有哪些？", L("南宁老友粉", "南宁香蕉", "横县茉莉花茶")),  # 比如 before a plain owner: still a condition
    # round 60: the growth a contribution is to asks no growth; the year of an article named is no year of the figure
    ("For a macro note: final consumption's contribution rate to Guangxi growth, per the 2018 Sina piece?",
     F("Guangxi Zhuang Autonomous Region contribution of final consumption to economic growth: about 50 percent (50%)")),
    ("最终消费对广西经济增长的贡献率是多少", F("广西壮族自治区 最终消费对经济增长贡献率: 约 50 % (50%)")),
    ("According to the 2018 report, what were Liuzhou luosifen sales in 2017?",
     L("Liuzhou river-snail rice noodles annual sales: exceeding (broke through) 3000000000 yuan (CNY) (30亿元)")),
    # 安了家 is settling in; besides the cross-border platforms leaves out only those their sentence calls so (JD stays)
    ("哪几家跨境电商平台在广西安了家？", L("德国思爱普（SAP）", "浙江聚贸", "阿里巴巴一达通")),
    ("Besides the cross-border platforms, what big-name e-commerce companies entered Guangxi to grow there?",
     L("DHgate", "Google", "JD.com", "Vipshop", "Zhijian Yuntu")),
    ("除了跨境电商平台，还有哪些电商企业入桂发展？", L("京东", "唯品会", "敦煌", "至简云图", "谷歌")),
    # a centre implements a model (implementsModel), not a programme
    ("What business model does the Nanning cross-border direct-purchase centre implement?",
     L("Cross-border e-commerce O2O offline experience store")),
    # a group includes its kinds (yes), and "include" that fits no group is never a no
    ("广西米粉包括桂林米粉吗？", F("是: 桂林米粉 —属于品类→ 广西米粉")),
    ("Does Guangxi rice noodles include Guilin rice noodles?", F("yes: Guilin rice noodles —is a kind of→ Guangxi rice noodles")),
    ("Does the State Council's reply include Nanning?", P("the graph records: Reply approving cross-border e-commerce")),
    # the year before the one given; "total their sales" asks the sum
    ("已知2017年跨境电商425亿、增长28.8%，那么前一年大概是多少亿？",
     L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)", "广西壮族自治区 跨境电商交易额同比增长: 28.8 % (28.8%)",
       "2016年广西壮族自治区跨境电商交易额（推算）约 32996894410 元", "增加了约 9503105590 元")),
    ("Bananas, mangoes, snail noodles — total their 2017 sales for me.", F("combined: at least 14800000000 yuan (CNY)")),
    # the city hosting the 2018 forum: the forum's own year, the city where it is held
    ("The city hosting the 2018 Info Harbor e-commerce forum is also implementing which national programme?",
     L("Cross-border e-commerce comprehensive pilot zones")),
    # round 60: words of talk that ask nothing (生意, 辖区里, 一路, piled up, quoted anywhere), 差不多 no negation
    ("汉塘村那个果苗生意，2017年一年的销售额做到多少了？", L("汉塘村果苗 年销售额: 160000000 元 (1.6亿元)")),
    ("2017年的电商交易额差不多是2013年的几倍？", V("126600000000", "705600000000", "53.3")),
    ("How much rural online retail had piled up in Guangxi by mid-2018 (cumulative figure)?",
     L("Guangxi Zhuang Autonomous Region rural online retail sales (cumulative): 5900000000 yuan (CNY) (59亿元)")),
    ("Three topics for in-depth discussion at the Nanning forum — what were they?",
     L("cross-border e-commerce", "coordinated development of e-commerce and logistics", "rural e-commerce development")),
    ("The general office of Guangxi's government put its name on which papers?",
     L("Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
       'Notice of the regional government\'s general office issuing the implementation plan of the "Internet + circulation" action plan')),
    ("Service stations versus delivery outlets (as of mid-2018): which count ended up higher, and by what margin?",
     F("rural e-commerce service stations built (cumulative) 3101个 > logistics delivery outlets built (cumulative) 2228个")),
    ("河池辖区里纬度最高的县", L("天峨县")),
    ("What's the fastest growth rate quoted anywhere in the Sina piece, and what does it measure?",
     F("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3 percent (53.3%)")),
    ("Seven months into 2018, Guangxi's e-commerce volume stood at what percent of the 2017 full-year figure?",
     V("422000000000", "705600000000")),
    ("广西电商交易额这几年是怎么一路变过来的", V("422000000000", "126600000000", "705600000000")),
    # 在钦州哪个区: where a thing lies; 那几个 after one place: the things within it; 带“…”字样: what names hold
    ("钦州保税港区具体在钦州哪个区？", L("钦南区")),
    ("河池那几个自治县分别叫啥", L("大化瑶族自治县", "巴马瑶族自治县", "环江毛南族自治县", "罗城仫佬族自治县", "都安瑶族自治县")),
    ("凭祥、东兴这两个城市属于哪个市？", L("崇左市", "防城港市")),
    ("河池下面带“瑶族自治县”字样的有几个", L("3")),
    ("桂林管辖范围内有几个带“自治县”字样的县？", L("2")),
    # a British spelling of a name's word read as the name's (harbour: Harbor)
    ("That Sept 2018 info-harbour e-commerce forum — which city was it going to be held in?", L("Nanning")),
    # a kind described (跨境电商平台) is what a clause of the sentence calls the thing: JD is in the next clause
    ("哪些跨境电商平台入桂发展？", R()),
    ("Which cross-border platforms settled in Guangxi?", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    # more members than another place, asked yes or no: the two counts, and yes or no from them
    ("Does Baise have more county-level divisions than Hechi?", L("yes", "Baise: 12")),
    ("Does Hechi have more county-level divisions than Baise?", F("no")),
    ("百色的县级单位比河池多吗？", L("是", "百色市: 12")),
    # where does X show up in the graph: what the graph holds of it; a total backed out from a part and its share
    ("Where does China's State Council show up in this knowledge graph, and linked to what?",
     L("Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing —issued by→ State Council")),
    ("北京在这个图谱里出现是因为什么", L("实施: 跨境电子商务综合试验区", "关于同意在北京等22个城市设立跨境电子商务综合试验区的批复 —点名城市→ 北京市")),
    ("Foreign trade total for Guangxi in 2017, backed out from the 42.5bn cross-border figure at roughly 11%?",
     V("42500000000", "11")),
    # higher or lower than: which way, never a yes or no against the number given
    ("Was the 28.8% cross-border growth higher or lower than the online-retail growth?",
     L("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth: 28.8 percent (28.8%)",
       "Guangxi Zhuang Autonomous Region online retail sales, year-on-year growth: 13.4 percent (13.4%)")),
    ("4220亿元的电子商务交易额，统计区间是什么时候？", F("广西壮族自治区 电子商务交易额: 422000000000 元 (4220亿元)")),
    # round 61: an old name no longer on the map; "them" after one place is the many things the lead counts in it
    ("现在地图上还能找到'横县'吗？", F("否: 横州市")),
    ("Hechi has several autonomous counties. Name them all.",
     L("Bama Yao Autonomous County", "Dahua Yao Autonomous County", "Du'an Yao Autonomous County",
       "Huanjiang Maonan Autonomous County", "Luocheng Mulao Autonomous County")),
    # who wrote an article, and what came after the last year held: no source says it
    ("Who is the reporter behind the Sina Guangxi article?", R()),
    ("这篇新浪报道的记者是谁？", R()),
    ("What happened to Guangxi's e-commerce volume after 2018?", R()),
    ("2017年以后柳州螺蛳粉卖了多少？", R()),
    # words people use: m2, 饭碗, crowd, outnumber, specialty, 扎堆, the prior year
    ("how many m2 is nanning's cross border shopping centre (the 直购 one)",
     L("Nanning cross-border goods direct-purchase experience centre floor area: 8000 square metres (8000平米)")),
    ("廣西電商一共撐起了多少個飯碗（直接加間接就業）？", L("广西壮族自治区 直接和间接带动就业人数: 约 120000 人 (12万人)")),
    ("what ages are the main crowd of guangxi ecommerce startup founders",
     L("Guangxi Zhuang Autonomous Region age of the main group of e-commerce entrepreneurs: 16–40 years of age (16～40岁)")),
    ("Mid-2018 rural e-com infrastructure in Guangxi: did service stations outnumber logistics delivery points? What's the gap",
     P("yes: rural e-commerce service stations built (cumulative) 3101个 > logistics delivery outlets built (cumulative) 2228个")),
    ("What was the top-selling specialty product in 2017 according to the article?", F("Nanning banana")),
    ("自治县扎堆在哪个市？数量多少", L("河池市: 5")),
    ("Given 42.5 bn yuan in 2017 and 28.8% growth, what was the prior year's cross-border figure, approximately?",
     V("42500000000", "28.8")),
    ("Which city does Jingxi report to?", L("Baise")),  # reports to: the place above it
    # a place said only as where the first thing comes from is no third party to the yes or no
    ("Jasmine tea from Hengxian: grouped under the Guicha tea sector or not?",
     F("yes: Hengxian jasmine tea —part of→ Guangxi tea (Guicha) industry")),
    ("柳州市区分成哪几个区？一共几个", L("5")),
    ("Which cross-border platforms have landed (落户) in Guangxi? OneTouch and who else?", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    # figures given that are two of one thing's one indicator name it; one figure alone never does
    ("从1266亿元到7056亿元，按四年算复合年均增长率是多少？和文中53.3%对得上吗", V("53.3", "126600000000", "705600000000")),
    ("What is 1266亿 plus 5?", R()),
    # round 62: 头名 is the first place (no, third); "based on" with nothing named asks where the data comes from
    ("有人说2017年广西个人网店数在西部省份里是头名，这个说法对吗？", F("否: 广西壮族自治区 西部省份排名: 3 名 (第三)")),
    ("What dataset and edition are the graph's division codes and lat/lon based on?",
     F('"Guangxi administrative divisions (reference data)", NBS 2023 edition (cut-off 2023-06-30)')),
    ("What product is the Fengshan model based on?", L("Wanshougu walnut chicken")),
    ("钦州保税港区位于钦州的哪个区？", L("钦南区")),
    ("广西乡村那边电商铺开的比例大概有多少，覆盖率超没超过一半？", P("是: 广西壮族自治区 农村电商覆盖率")),  # 乡村: 农村
    ("钦州那个保税港区直销中心，除了广西本地，还把生意做进了哪些省份？", L("四川省", "江西省", "湖南省")),
    ("柳州螺蛳粉和广西米粉之间，图谱是怎么归类的？前者属于后者吗", F("是: 柳州螺蛳粉 —属于品类→ 广西米粉")),
    ("我记得中国-东盟信息港电子商务论坛是自治区政府承办，商务厅主办，没记反吧？", P("否: ")),
    ("县级单位数量垫底的地级市是哪个？", L("北海市: 4", "防城港市: 4", "钦州市: 4")),
    ("Westernmost county in the whole of Guangxi — which one is it?", L("Xilin County")),
    # 区县 is one word for two kinds; with 县级市 beside it, all three kinds are listed (never the cities alone)
    ("防城港管着哪几个区县和县级市？", L("上思县", "东兴市", "港口区", "防城区")),
    ("防城港一共管着哪几个区县和县级市？帮我列一下", L("上思县", "东兴市", "港口区", "防城区")),  # 一共 of a list: no total
    ("List Fangchenggang's counties and county-level cities", L("Shangsi County", "Dongxing (county-level city)")),  # no districts
    ("Lipu (Guilin) — what does the graph record about it?", P("former code: 450331")),  # (Guilin): where Lipu is
    ("谁拿到了淘宝村称号？", L("汉塘村")),  # who holds the designation named before 称号
    ("Dongxing, the border city on the Vietnam frontier — which prefecture runs it?", L("Fangchenggang")),  # the aside describes
    ("Dongxing, a city on the Vietnam frontier — which prefecture runs it?", L("Fangchenggang")),  # a kind of place said: an aside
    ("Dongxing, a city in Hechi — which prefecture runs it?", F("Fangchenggang")),  # a false aside: the graph's answer first
    ("Jinxiu, the Yao county up in the Dayao mountains — under which prefecture-level city?", L("Laibin")),
    ("Xilin county, out in far-western Guangxi, is administered by which city?", L("Baise")),  # which city asked: no yes or no
    # two places' members set against each other for a tie (一样多吗, the same number of): yes or no from the counts
    ("钦州和北海的县级单位一样多吗？", F("是")),
    ("百色和河池的县一样多吗？", F("否")),
    ("Do Qinzhou and Beihai have the same number of county-level units?", F("yes")),  # never whether they share a place
    ("Between Baise and Hechi, which prefecture governs a larger number of county-level units?", L("Baise: 12")),  # a count
    # kinds listed in one question after a name and a colon: one list of what it is linked to, never parts
    ("Pingxiang on the Vietnam border: what models, platforms or facilities is it linked to?",
     L("\"Border trade + cross-border e-commerce\" model", "offline cross-border e-commerce supervision centre",
       "online border-residents' trade management information platform")),
    # is the gap big: a judgement, answered by the figures and the gap, never a yes or no
    ("汉塘村果苗跟柳州螺蛳粉，2017年的销售额差得多吗？谁高？", F("柳州螺蛳粉")),
    ("Is there a big gap between Nanning banana and Baise mango 2017 sales?", F("difference: 4200000000 yuan (CNY)")),
    # a claim's number no figure of the graph has: no source of it, never the thing's source instead
    ("“广西米粉从业人员约50万人”这个说法的出处是哪里？", R()),
    ("汉塘村果苗2亿这个数的出处是哪里？", R()),
    ("Where does the figure of 2 billion for Hantang seedlings come from?", R()),
    ("Where does the figure of 160 million yuan for Hantang seedlings come from?", P("\"Guangxi e-commerce's new leap")),
    ("Which article says Baise mangoes sold 3.8bn in 2017?", P("\"Guangxi e-commerce's new leap")),
    # the earliest figure of an indicator's series (as the latest is)
    ("What is the earliest year for which you have a figure on Guangxi's total e-commerce turnover?", V("126600000000")),
    ("广西电商交易额最早是哪一年的数据？", V("126600000000")),  # 最早是哪一年: no source asked
    # words for where, what is related and kinds that real writers use
    ("Pubei is governed by which prefecture-level city?", L("Qinzhou")),
    ("凌云茶的产地县，上面是哪个市？", L("百色市")),
    ("What models, products and figures are hooked to Fengshan County?", P("\"Wanshougu walnut-chicken")),
    ("List the ethnic autonomous counties under Hechi, please.", L("Bama Yao Autonomous County", "Dahua Yao Autonomous County",
                                                                   "Du'an Yao Autonomous County", "Huanjiang Maonan Autonomous County",
                                                                   "Luocheng Mulao Autonomous County")),
    ("How many prefecture-level units does Guangxi have?", L("14")),
    ("贵港那边有啥特产被收进图谱了？", L("贵港富硒产品")),
    ("Which policy paper is aimed at rural e-commerce development?", L("Guangxi three-year plan for e-commerce in rural areas")),
    ("Liubao tea: is it counted within the Guicha tea sector?", P("yes: Wuzhou Liubao tea —part of→")),
    ("Of the documents you track, how many came out of the regional government's General Office?", L("2")),
    # a name's word said with another of the same sense, read so only where the words around make the name
    ("In which district is Qinzhou's bonded port zone?", F("Qinnan District")),
    ("Our delegation wants to attend the China-ASEAN Info Port e-commerce forum. In which city does it take place?", F("Nanning")),
    # a direction said as a way or an end
    ("Longitude question: which district or county of Guangxi lies farthest toward the east?", L("Babu District")),
    ("If I drive to the northern tip of Guangxi, which county am I in?", L("Ziyuan County")),
    # who comes first in a ranking by members: the most, no rank figure and no person
    ("Ranking Guangxi's prefectures by how many county-level units each oversees, who comes first?", L("Guilin: 17")),
    ("按下辖县级单位数给广西各地级市排名，谁排第一？", L("桂林市: 17")),
    # where the graph's codes, coordinates and pinyin come from: the division data alone, with what it says of itself
    ("Where do the administrative division codes in your graph originally come from?",
     L("\"Guangxi administrative divisions (reference data)\", NBS 2023 edition (cut-off 2023-06-30)")),
    ("县区那些经纬度是从哪儿弄来的？", L("《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）")),
    ("图谱里地名的拼音是拿什么生成的？", L("《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）")),
    ("百色芒果是从哪里来的？", F("百色市")),  # a thing named: where it comes from, no source
    # a computation asked with words of its own (in total, 平均, ballpark, the same period a year earlier)
    ("Using the 0.8% share, about how many online shops did China have in total in 2017?", P("Guangxi Zhuang Autonomous Region individual online shops")),
    ("累计59亿的农村网络零售额，摊到每个农村电商服务站点平均是多少？", P("农村网络零售额（累计） ÷ 农村电商服务站点数（累计）：约 1902612 元")),
    ("Banana (Nanning) + mango (Baise) + luosifen (Liuzhou), 2017 sales summed up, please: ballpark total?", P("combined: at least 14800000000")),
    ("2018年前7月网络零售528亿、同比涨13.4%，反推上年同期大约是多少亿？", V("52800000000", "13.4")),
    ("Online retail was 52.8bn in Jan-Jul 2018, up 13.4%: what was it in the same period a year earlier?", V("52800000000", "13.4")),
    ("The place that gives its name to Guangxi's jasmine tea — which city is it administered by?", L("Nanning")),
    # 原来 of a former name asks no price (原来的横县、现在叫横州市)
    ("原来的横县、现在叫横州市，上级是哪个市？", L("南宁市")),
    ("融安金桔原来卖多少钱一斤？", V("2")),  # a price said: the price before the model
    # a thing at a place: the place says which one is meant
    ("Could you brief me on the international goods direct-sales centre at Qinzhou's bonded port, whatever you have?",
     P("implements model: Cross-border e-commerce O2O offline experience store")),
    ("Between the Guilin and Hezhou city seats, whose latitude is higher?", F("Guilin")),
    ("Which of Baise and Hechi has the lower longitude?", F("Baise")),
    ("Labour-market angle: Guangxi e-commerce supports roughly what headcount of jobs (direct and spillover)?", V("120000")),
    ("Growth-rate sanity check: cross-border e-commerce (2017) vs online retail (Jan-Jul 2018) in Guangxi, which rate is the bigger one?",
     P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth: 28.8")),
    ("Thesis on rural platforms: which big Chinese e-commerce players run village-level operations in Guangxi?",
     L("← operates rural e-commerce in: Alibaba", "← operates rural e-commerce in: Ganjie", "← operates rural e-commerce in: JD.com",
       "← operates rural e-commerce in: Lecuntao")),
    # who asks is no name asked of (ASEAN partner here.)
    ("ASEAN partner here. Guangxi's online retail turnover in the first seven months of 2018 — how much?", V("52800000000")),
    ("Of the 14 prefectural seats, which one lies at the southernmost latitude?", L("Beihai")),
    # words after a name that restate part of it (China–ASEAN after the forum) name no second thing and ask nothing
    ("Info Harbour e-commerce forum, China–ASEAN: which day, and in which city?", L("Nanning", "2018-09-13")),
    # its after a name and the place it is in: the name's
    ("Xiufeng District in Guilin: what is its code?", L("450302")),
    ("Lingyun tea: which city is its home county under?", L("Baise")),
    # 区县市 is every county-level kind; whether a total is stated is the count asked again
    ("防城港下面管着哪些区县市？", L("上思县", "东兴市", "港口区", "防城区")),
    ("写稿需要：广西全区到底有几个淘宝村，有没有官方总数？", R()),  # no source states the total: never a yes
    ("How many Taobao villages are there in Guangxi? Is there an official total?", R()),
    ("都有哪些跨境电商平台在广西落了户？", L("德国思爱普（SAP）", "浙江聚贸", "阿里巴巴一达通")),
    ("香蕉、芒果、螺蛳粉三样2017年的销售额加一块，起码有多少亿？", F("合计至少 14800000000 元")),
    ("喝六堡茶好多年了，一直没搞清楚它是哪个城市产的？", L("梧州市")),
    ("记者核实：54935家个人网店的说法，出处是哪家媒体哪篇稿子？", P("《广西电商新跨越 经济增长新引擎》")),
    ("18年1到7月广西网络零售额同比增速是不是超过了两成？", P("否: 广西壮族自治区 网络零售交易额同比增长: 13.4")),
    ("从1266亿到7056亿，四年里广西电商交易额多出了多少？", V("126600000000", "705600000000", "53.3")),
    # why and for whom a question is asked is no part of it
    ("For a Malaysian trade briefing: Guangxi's 2017 cross-border e-commerce transaction total, please.", V("42500000000")),
    ("Writing a school report on southern China - Guangxi has how many cities at the prefecture level?", L("14")),
    ("In terms of how many county-level units it oversees, which Guangxi prefecture tops the table?", L("Guilin: 17")),
    ("I'm an Indonesian exporter. Brief me on the Nanning cross-border direct-purchase experience centre - size, tenants, range.",
     P("implements model: Cross-border e-commerce O2O offline experience store")),
    ("Tracing the legal basis: the cross-border e-commerce comprehensive pilot zones were approved by which body?", R()),  # never the article
    ("Had Guangxi's e-commerce turnover already passed the 1-trillion-yuan mark back in 2013?", P("no: Guangxi Zhuang Autonomous Region e-commerce transaction volume")),
    ("Did Guangxi's e-commerce volume pass 0.5 trillion yuan in 2017?", P("yes: Guangxi Zhuang Autonomous Region e-commerce transaction volume")),
    ("农村电商服务站点比物流配送网点多出了多少？", F("农村电商服务站点数（累计） 3101个 > 物流配送网点数（累计） 2228个")),  # two figures: a difference
    ("Online retail as a share of the total e-commerce volume, Jan-Jul 2018 - what's the ratio?",
     L("Guangxi Zhuang Autonomous Region online retail sales: 52800000000 yuan (CNY) (528亿元)",
       "Guangxi Zhuang Autonomous Region e-commerce transaction volume: 422000000000 yuan (CNY) (4220亿元)",
       "online retail sales was 12.51% of e-commerce transaction volume (2018-01 to 2018-07)")),
    ("Guangxi had 54,935 personal online stores in 2017 - what slice of the national total was that?", V("0.8")),
    ("Which national e-commerce platforms have rural operations in Guangxi's villages? Names please.",
     L("Alibaba", "Ganjie", "JD.com", "Lecuntao")),
    ("Heshan (合山), the small coal town - which prefecture governs it nowadays?", L("Laibin")),
    ("Anything in the knowledge base on the so-called Southern Transport Corridor (南向通道)?",
     P("China-ASEAN Information Harbor E-commerce Forum —promotes→ Southbound corridor")),
    # the forum on its day in its city: the one forum, its date and place saying which (no condition, no second subject)
    ("Who was behind the forum on 13 Sept 2018 in Nanning - host and organiser, please.",
     L("hosted by: People's Government of Guangxi Zhuang Autonomous Region", "organised by: Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("Who hosted the forum in 2019?", R()),  # a year not its own: a condition kept, refused
    ("Which city was chosen to stage the China-ASEAN Information Harbor e-commerce forum in autumn 2018?", F("Nanning")),
    ("Who hosted the forum in September 2018?", L("People's Government of Guangxi Zhuang Autonomous Region")),
    ("What does the forum advance?", L("China-ASEAN Information Harbor", "Southbound corridor")),
    # goods sourced from places: where they come from, no source of a claim
    ("Where are the products stocked at Nanning's cross-border experience centre sourced from?", L("ASEAN", "Australia", "Europe and America")),
    # as a whole counts every place in it; of any ethnicity asks no people
    ("Guangxi as a whole: count of autonomous counties of any ethnicity?", L("12")),
    ("广西不分民族一共有几个自治县？", L("12")),
    # the fact a report states, asked yes or no: the verdict, not the source
    ("Was Google one of the leading firms the report says came to Guangxi?", P("yes: Google —came to develop in→")),
    ("报道里说的入桂发展的企业有谷歌吗？", P("是: 谷歌 —入桂发展→")),
    # the count of the kind right after 几个 (几个区: districts), never a figure counting another kind
    ("国务院批复里点名的那个广西城市，下面有几个区？", R()),
    ("批复批了几个城市？", V("22")),  # the reply's stated 22, never the cities the graph links to some policy
    ("做个专题报道想核实一下：2018年头七个月，广西网上零售这块一共做了多少钱？", V("52800000000")),
    ("广西现在的县级市都有哪些，麻烦列全", P("东兴市")),
    ("I'm mapping B2B options for a Thai exporter: which cross-border trade platforms actually set up shop in Guangxi?",
     L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("Jingxi (靖西) reports up to which city government?", L("Baise")),
    ("Hengzhou (ex-Hengxian): what entities and facts hang off it?", P("located in: Nanning")),
    ("In the graph, is luosifen filed under Guangxi rice noodles as a sub-type?", P("yes: Liuzhou river-snail rice noodles —is a kind of→")),
    ("Put the 2013 and 2017 e-commerce transaction totals for Guangxi side by side for me.", V("126600000000", "705600000000", "53.3")),
    ("In plain words, what role does the China-ASEAN Information Harbor play for Guangxi?",
     L("Guangxi Zhuang Autonomous Region —implements→ China-ASEAN Information Harbor", "China-ASEAN Information Harbor —settled in→ Guangxi Zhuang Autonomous Region")),
    ("The pinyin renderings of place names: what's their source?",
     L("\"Guangxi administrative divisions (reference data)\", NBS 2023 edition (cut-off 2023-06-30)")),
    ("Where do the coordinates of counties come from?", L("\"Guangxi administrative divisions (reference data)\", NBS 2023 edition (cut-off 2023-06-30)")),
    ("Divide 2017 cross-border volume by total e-commerce volume for Guangxi — what percentage do you get?", V("42500000000", "705600000000")),
    ("说汉塘村是淘宝村，依据的是什么材料", P("《广西电商新跨越 经济增长新引擎》")),
    ("今年前七个月的电商交易额（2018年1-7月）占到2017年全年的几成？", V("422000000000", "705600000000")),  # 今年 glossed by its year
    ("桂茶这个产业底下具体都有哪些茶品种？", L("梧州六堡茶", "横县茉莉花茶", "百色凌云茶", "防城港金花茶")),
    ("广西办过的那些电商品牌促销活动，名字都叫什么？全部列出来", R()),  # no kind of brand promotion held: never every event
    # a place approved for a programme implements it
    ("22个跨境电商综合试验区获批城市中有没有南宁？", P("是: 南宁市 —实施→ 跨境电子商务综合试验区")),
    ("北海获批跨境电商综合试验区了吗？", R()),  # not stated (the graph holds 2 of the 22): no yes, no no
    ("What is the first year for which there's an e-commerce volume figure for Guangxi?", V("126600000000")),
    # 卖价 is a price, never the sales
    ("融安金桔卖价涨了几倍？", V("2", "40")),
    ("融安金桔卖价是多少？", V("2", "40")),
    # round 66's wrong answers
    ("横县是不是已经撤县改市了？", P("是: 横州市")),  # 撤县改市: the renaming, never whether it is a 市
    ("荔浦撤县设市后，归哪个地级市管？", L("桂林市")),  # a renaming as the time after which: asks nothing of its own
    ("Quick sanity check for my slide: did seven months of 2018 online retail already beat the whole of 2017's cross-border e-commerce total?",
     P("yes: online retail sales 528亿元 > cross-border e-commerce transaction volume 425亿元")),  # in the order asked
    ("Of Nanning's 12 subordinate districts/counties/cities, which sits farthest to the east?", F("Hengzhou (county-level city)")),
    ("Which of Nanning's districts is farthest east?", F("Qingxiu District")),  # districts alone
    ("区划代码用的是国家统计局哪一版？", L("《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）")),
    ("“三月三”电商节在图谱里有什么记录？", P("举办地: 广西壮族自治区")),  # the one festival, quotation marks inside its name
    ("Who issued the reply approving pilot zones in 22 cities incl. Beijing, and when was it issued?", L("State Council", "2018-08")),
    ("香蕉、芒果加上螺蛳粉，这三个单品2017年合计销售额起码有多少亿？", F("合计至少 14800000000 元")),
    ("河池市下辖的县（不含市辖区）数目是多少？", L("9")),
    ("你们给的县城经纬度靠谱吗？数据源是什么？", L("《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）")),
    ("农村电商的服务站点建成数，是否超过了物流配送网点？差距多大？", P("是: 农村电商服务站点数（累计） 3101个 > 物流配送网点数（累计） 2228个")),  # 差距多大: no floor area
    # the parts said with the whole they make up: the whole, counted once
    ("Guilin's county-level units — districts, counties, and the one county-level city combined — how many?", F("17")),
    ("Bama, the famous longevity county — which prefecture is it under?", L("Hechi")),
    ("Fact-check for a Jakarta newsroom: what was Guangxi's 2017 cross-border e-commerce volume?", V("42500000000")),
    ("融安金桔采用新模式以后，每斤比以前贵了多少？", V("2", "40")),  # 比以前 keeps 以前: the price before (only a gap's 多大 is dropped)
    # policies of a place are those its bodies issued, which the graph does not tie to the place: refused, never the
    # policies naming a city in it (round 66: 1, the State Council's reply)
    ("Count for me: how many Guangxi policy documents on e-commerce are in the graph?", R()),
    ("广西的电商政策有哪些？", R()),
    ("Which policies name Nanning?", L("Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing")),
    # a year, a month or 的 before an event's short name says which one it is (round 67)
    ("2018年9月那场信息港电商论坛在哪里举办？", L("南宁市")),
    ("2018年的信息港电商论坛是谁主办的？", L("广西壮族自治区人民政府")),
    ("南宁的信息港电商论坛是哪天？", F("2018-09-13")),
    ("2017年那场论坛在哪里举办？", R()),  # the forum is of 2018: the year kept as a condition
    # 设区市 are the prefectures; demo is a demonstration; 评成 is a designation (round 67)
    ("广西下辖的设区市总共有几个？", F("14")),
    ("How many Guangxi counties hold national rural e-commerce demo status?", V("47")),
    ("汉塘村评上淘宝村了没有？", P("是")),
    # an old name kept or changed (还在用吗，还是…了): the place as named now and the change, no yes or no
    ("横县这个名字还在用吗，还是已经撤县设市了？", F("横州市")),
    # districts and counties joined are one set counted per prefecture (round 67 found Laibin: 1, the districts only);
    # Guangxi's 14 prefectures is the whole set, no top 14; 的区最少 is a kind
    ("Which prefecture oversees the fewest districts and counties?", L("Beihai: 4", "Fangchenggang: 4", "Qinzhou: 4")),
    ("Which of Guangxi's 14 prefectures oversee the smallest number of districts and counties?",
     L("Beihai: 4", "Fangchenggang: 4", "Qinzhou: 4")),
    ("哪个地级市的区最少？", L("来宾市: 1", "崇左市: 1")),
    ("哪些地级市的市辖区和县一样多？", R()),
    # ordinary and autonomous counties: both kinds written whole; an ordinary county is not an autonomous one
    ("Counting only ordinary and autonomous counties, which prefecture has the most?", L("Guilin: 10")),
    ("How many ordinary and autonomous counties does Guilin have?", L("ordinary counties: 8", "autonomous counties: 2")),
    ("Which prefecture has the most ordinary counties?", L("Guilin: 8")),
    # "total" opening a question of several things' figure is their sum; headline products are no headline (round 68:
    # the source was cited)
    ("Total 2017 sales across the three headline products (bananas, mangoes, luosifen)?", P("combined: at least 14800000000")),
    ("What was the total 2017 sales of banana and mango?", P("combined: at least 11800000000")),
    ("What was the headline of the Sina article?", P('"Guangxi e-commerce\'s new leap')),
    # tied for last place is the fewest (no kind "place": every place counted, Qinzhou 7); 排第一 is the most; 个数 a count
    ("Tied for last place: which prefecture-level cities govern the fewest counties and districts?",
     L("Beihai: 4", "Fangchenggang: 4", "Qinzhou: 4")),
    ("十四个设区市里，谁管的区县数量排第一？", L("桂林市: 17")),
    ("按市辖区的个数排，哪个地级市排第一？", L("南宁市: 7")),
    ("2017年销售额排第一的是哪个产品？", F("南宁香蕉")),
    # 营业面积 is the floor area; the bonded zone's centre; countryside is rural; 这边 and 例子 ask nothing
    ("写稿要用：南宁那家跨境商品直购体验中心，营业面积是多少平方米？", V("8000")),
    ("For the Qinzhou bonded zone's direct-sales centre, what's the number of brick-and-mortar experience stores it has launched?",
     V("30")),
    ("Does Jingdong run countryside e-commerce operations in Guangxi?", P("yes")),
    ("融安那个例子里，金桔价格前后翻了多少倍？", V("2", "40")),
    # how two are related, and the relation named among the facts found: yes
    ("乐村淘这个平台跟广西有关系吗，是在这边做农村电商吗？", F("是")),
    # round 68's refusals: put down roots is settling, 进了广西发展 coming to develop, 签发 issuing, standing a rank,
    # China's western provinces, tea products, lumps together (no sum), according to the coordinates, the shi (市),
    # whether to join (no question), used to get for a jin (the price before), 下乡/农村做业务, 重点研讨, 贸易加 (+), 属性
    ("I keep seeing 落户 in the article. Which cross-border platforms does the graph say put down roots in Guangxi?",
     L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("谷歌是不是也进了广西发展？", P("是")),
    ("信息港电商论坛的主办方签发过什么电商政策文件？", L("自治区人民政府关于加快电子商务发展的若干意见")),
    ("Guangxi's 2017 standing among China's western provinces by count of personal online shops — what position?", V("54935", "3")),
    ("How many tea products does the graph hold?", F("4")),
    ("Which county-level unit of Hechi is the southernmost according to the coordinates?", F("Dahua Yao Autonomous County")),
    ("Ningming xian: what's the shi above it?", L("Chongzuo")),
    ("We're an Indonesian SME association weighing whether to join. To date, how many ASEAN companies has that China-ASEAN "
     "SME Trade Promotion Platform already served?", V("200")),
    ("Growers in Rong'an used to get how much for a jin of kumquats, and how much do they get now?", V("2", "40")),
    ("What did a jin of Rong'an kumquat use to sell for?", V("2")),
    ("哪些全国性大电商平台下乡到广西农村做业务了？", L("乐村淘", "京东", "赶街", "阿里巴巴")),
    ("信息港电商论坛要重点研讨的三个议题，分别是啥？", L("跨境电子商务", "电子商务与物流协同发展", "农村电商发展")),
    ("东兴这座边境城市，搞没搞互市贸易加跨境电商？", P("是")),
    ("电商精准扶贫三年行动计划有哪些属性？", P("支持")),
    # round 69's wrong answers: 淘宝镇 is no 淘宝村 (another level said after the words); itself and the counties under
    # it is the whole place; 评出了 is a designation, never 出了 (issued); 改了名 is a renaming; （地级市） after a name is
    # its level, not the kind asked
    ("广西有哪些“淘宝镇”？", R()),
    ("广西有哪些淘宝镇？", R()),
    ("Counting both Baise city itself and the counties under it, how many distinct products originate there per the graph?", F("2")),
    ("How many products come from Baise itself?", F("1")),
    ("广西眼下共评出了多少淘宝村？", R()),
    ("我老家横县，听说改了名，是真的吗？", P("是: 横州市")),
    ("金花茶产地（地级市）辖下的县级市叫什么？", L("东兴市")),
    # round 69's refusals: a misspelt name before a place in brackets (never read as the empty text before it); the owner
    # in brackets said before the thing (办公厅（自治区人民政府的）); 进口商品 are the goods offered; hall is a centre;
    # livelihoods are jobs; folks, pick, trace, upward ask nothing; personal web shops; 求和 a sum; 再往上一级; Hechi
    # prefecture is what Hechi is, never the kind asked
    ("螺丝粉（柳州）17年卖了多少钱", V("3000000000")),
    ("办公厅（自治区人民政府的）作为发文机关，出过哪几份电商相关文件？",
     L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见", "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("直购体验中心（南宁）的进口商品产地有哪些？", L("东盟", "澳洲", "欧美")),
    ("Planning a site visit: what's the stated size, in m², of Nanning's direct-purchase experience hall for imported goods?",
     V("8000")),
    ("Jobs angle for my story: e-commerce supports roughly how many livelihoods in Guangxi, direct + indirect?", V("120000")),
    ("Guangxi's western-region ranking for personal web shops in 2017?", V("54935", "3")),
    ("茉莉花茶出自哪个县级市？再往上一级是哪个市？", L("横州市", "南宁市")),
    ("That direct-sales centre inside a bonded port area — trace it upward for me: which district, which prefecture?",
     L("Qinnan District", "Qinzhou")),
    ("香蕉、芒果、螺蛳粉三样的2017年销售额求和，下限是多少？", P("合计至少 14800000000")),
    ("Within Hechi prefecture, which county has the highest latitude?", F("Tian'e County")),
    ("灵山县武利镇的汉塘村，有淘宝村这个称号吗", P("是")),
    # places in a row, each in the one before, are the last told by where it lies; never a list's last and a new clause
    ("Is Hantang Village, Lingshan a Taobao village?", P("yes")),
    ("Besides Tengxian, Mengshan and Cangwu, Wuzhou has which county-level units?",
     L("Cenxi (county-level city)", "Changzhou District", "Longxu District", "Wanxiu District")),
    ("灵山县武利镇有几个村？", R()),
    # a year after 超过 is a year's figure, never a number to pass (7056亿 > 2017: yes); four digits counting things
    # are no year (超过2000个); double and quintuple are at least so many times; for an ASEAN partner is a preamble
    ("2018年1-7月的电商交易额是否已经超过了2017年全年？", R()),
    ("服务站点超过2000个了吗？", P("是")),
    ("Did Guangxi's e-commerce volume double from 2013 to 2017?", P("yes: 2017 was 5.57 times 2013")),
    ("Did e-commerce value more than quintuple between 2013 and 2017 in Guangxi?", P("yes: 2017 was 5.57 times 2013")),
    ("Did Guangxi's e-commerce volume sextuple from 2013 to 2017?", P("no: 2017 was 5.57 times 2013")),
    ("Quick check for an ASEAN partner: which prefecture is Dongxing in?", L("Fangchenggang")),
    # round 70: the file that documents a renaming is the renaming's source (never the place's: the 2018 article);
    # online trade is e-commerce; direct-buy; X-nationality; longitude-wise; diji shi; 崇左市辖区; 外省; 合作社路子
    ("What file documents the renaming of Hengxian to Hengzhou?", L("guangxi_divisions.README.md")),
    ("My team plans a pop-up there — the Nanning direct-buy showroom for imported goods, how many square metres is it?", V("8000")),
    ("融安那边的金桔，走了电商合作社路子之后，每斤能卖多少钱？", V("40")),
    ("ASEAN trade desk asking: Guangxi cross-border e-commerce turnover for calendar year 2017?", V("42500000000")),
    ("钦州那个保税港区直销中心，生意做到了外省哪些地方？", L("四川省", "江西省", "湖南省")),
    ("Yao-nationality autonomous counties in Guangxi: how many?", F("6")),
    ("崇左市辖区有几个？", F("1")),
    ("Which prefectures have only a single urban district each?", F("2")),
    ("Longitude-wise, which county-level unit in Guangxi sits at the far western edge?", F("Xilin County")),
    ("pingxiang shi guangxi belong to which diji shi?", L("Chongzuo")),
    ("nanning cross boarder goods experiance center, about how many SKU's on the shelves?", V("50000")),
    # the thing described is of the kind said (是个什么样的村子): no list of that kind; years in brackets after a name
    # are its own; 梧州的六堡茶: the place says which; how fast did … expand: the growth
    ("汉塘村是个什么样的村子？", P("获得称号: 淘宝村")),
    ("电商精准扶贫三年行动计划（2018-2020）这份文件，图谱里有什么记载？", P("支持")),
    ("梧州的六堡茶，图谱把它归进桂茶产业了没有？", P("是")),
    ("In percentage terms, how fast did Guangxi's cross-border online trade expand in 2017 over the prior year?", V("28.8", "42500000000")),
    # how much / what value of a topic is its figure (as 跨境电商2017年是多少 is)
    ("How much was Guangxi's cross-border e-commerce in 2017?", V("42500000000")),
    ("Cross-border e-commerce in Guangxi hit what value in 2017? (RMB is fine)", V("42500000000")),
    # round 71's wrong answers: 交易额占进出口总额 is the stated share of imports and exports (never 425亿 / 7056亿);
    # a product's industrial park is another thing the graph does not hold (never where the product comes from)
    ("廣西跨境電商2017年交易額佔進出口總額多少？", V("11")),
    ("2017年跨境电商交易额占广西电子商务交易额的比重是多少？", P("广西壮族自治区 跨境电商交易额")),
    ("柳州螺蛳粉产业园在哪里？", R()),
    ("Where is the Liuzhou luosifen industrial park?", R()),
    # round 71's refusals: 量级, 下沉, 相加, 值得关注, transaction total
    ("螺蛳粉在2017年那一年的销售额大概到了什么量级？", V("3000000000")),
    ("在广西搞农村电商下沉的全国性平台，图谱点了哪几家的名？", L("乐村淘", "京东", "赶街", "阿里巴巴")),
    ("把2017年南宁香蕉、百色芒果、柳州螺蛳粉这三个产品的销售额相加，下限是多少？", P("合计至少 14800000000")),
    ("汉塘村有什么值得关注的？", P("获得称号: 淘宝村")),
    ("Kwangsi province e-commerce: 2017 transaction total?", V("705600000000")),
    ("在边境口岸城市推行“互市贸易+跨境电商”，具体建起了哪两样东西？", R()),  # never the cities that adopted it
    ("广西有哪些外省企业落户？", R()),  # 外省 is no filler: a condition not understood, never dropped
    # round 73: a figure the relation's words ask for, not the count of what the thing is tied to (200多家, not 1)
    ("中国-东盟中小企业贸易促进平台一共服务过多少家？", V("200")),
    ("那个中小企业贸易促进平台主要服务哪个地区的企业？服务了几家？", L("东盟", "中国-东盟中小企业贸易促进平台 服务东盟企业数: 超过 200 个 (200多家)")),
    # the places under a prefecture asked with 'from its subordinate counties': their products counted too
    ("Counting products from its subordinate counties as well, how many products come from Nanning?", F("3")),
    ("How many subordinate counties does Baise have?", F("12")),
    # the former name said in the question describes the place; the name it has now is asked
    ("以前叫横县的那个茉莉花茶产地，现在正式叫什么名字？", F("横州市")),
    ("以前叫横县的横州市，现在叫什么？", F("横州市")),
    ("横州市过去叫什么名字？", F("横县")),
    # a claim lead (my draft says …) is the claim checked, never a preamble blanked
    ("Fact check: my notes say the Guangxi commerce department hosted the Information Harbor e-commerce forum. Right?", P("no")),
    ("My draft says the Information Harbor e-commerce forum was organised by the Guangxi commerce department. Correct?", P("yes")),
    ("A colleague thinks Baise mango comes from Hechi. Is that right?", P("no")),
    # a name in pinyin the graph lacks, before a colon, is the topic: not understood, never dropped
    ("Pinduoduo in Guangxi: anything on record?", R()),
    ("Meituan and Guangxi: what do you have?", R()),
    # a group named: the members of it counted (桂茶产业有几个茶产品)
    ("桂茶产业里有几个茶产品？", F("4")),
    ("How many products does the Guicha industry have?", F("4")),
    ("梧州的六堡茶属于桂茶产业吗？", P("是")),
    ("梧州那个六堡茶算不算桂茶产业的？", P("是")),
    ("瑶族的自治县一共有几个？", F("6")),
    ("河池有几个瑶族的自治县？", F("3")),
    # a county of origin, then its parent
    ("Lingyun tea's county of origin: which city is it under?", F("Baise")),
    ("Which municipality is Lingyun County in?", L("Lingyun County is in Baise, Guangxi Zhuang Autonomous Region (latitude 24.347557, longitude 106.56131)", "Baise", "Guangxi Zhuang Autonomous Region")),
    # the names without 中国-东盟 (中小企业贸易促进平台)
    ("中小企业贸易促进平台服务的东盟企业有多少家？", V("200")),
    # new words: online transaction value, impoverished families, trainee sessions, web-sold items, parcel outlets, numerous
    ("What was Guangxi's online transaction value in 2013?", V("126600000000")),
    ("How many impoverished families did the Fengshan walnut-chicken linkage lift?", V("10000")),
    ("How many trainee sessions of rural e-commerce training had Guangxi logged by July 2018?", V("200000")),
    ("How many web-sold items had Guangxi developed from farm products by July 2018?", V("1826")),
    ("By July 2018, were the rural service points more numerous than the parcel delivery outlets?", P("yes")),
    ("Which ages dominate among people launching online start-ups in Guangxi?", P("Guangxi Zhuang Autonomous Region age")),
    ("Which forum is pushing the Southbound corridor?", F("China-ASEAN Information Harbor E-commerce Forum")),
    ("Is JD.com one of the outfits running rural e-commerce in Guangxi?", P("yes")),
    ("Over 2013 to 2017, how many-fold did Guangxi's e-commerce transaction volume grow?", P("Guangxi Zhuang Autonomous Region average annual growth")),
    # English top N of a side (the three westernmost): never only the first
    ("Which three counties lie furthest west, i.e. are the westernmost, in Guangxi?", L("Xilin County", "Longlin Various Nationalities Autonomous County", "Napo County")),
    ("Northernmost two prefectures of Guangxi?", L("Guilin", "Hechi")),
    # a time word in a rename question is no price after the model (横县后来是不是改成了横州市)
    ("横县后来是不是改名成了横州市？", P("是")),
    ("融安金桔后来每斤卖多少钱？", V("40")),
    # years right before a name whose label holds them say which it is
    ("介绍一下2018到2020年那份电商精准扶贫三年行动计划", P("支持")),
    # Guangxi-wide: across Guangxi
    ("Guangxi-wide, how many county-level cities are there?", F("10")),
    ("融安金桔用了新模式以后，价格变成了原来的多少倍？", P("融安金桔 采用模式前售价")),
    ("Is Rong'an County under Hechi's administration?", P("no")),
    ("What slogan or theme did the Information Harbor e-commerce forum have?", F("New integration of the e-commerce industry, new development of digital commerce")),
    # round 74: a thing the graph lacks named in a lead the question refers back to is not understood, never blanked
    ("Pinduoduo and Guangxi: what does the graph hold on it?", R()),
    ("Shopee in Guangxi: any record?", R()),
    ("Lazada, Guangxi: anything stored about it?", R()),
    ("Context: which prefecture is Napo County in?", F("Baise")),
    ("凭祥、东兴这两座边境城市搞的那个新模式，名字叫什么？", F("“互市贸易+跨境电商”新模式")),
    # a word two relations share read as the one the kind asked fits (归到哪个产业: part of an industry)
    ("六堡茶被归到了哪个产业？", F("广西桂茶产业")),
    ("Liubao tea from Wuzhou: part of which industry?", F("Guangxi tea (Guicha) industry")),
    ("广西米粉往上游带动了哪些产业？", L("竹笋种植", "螺蛳养殖", "豆角种植")),
    ("汉塘村被冠以什么称号？", F("淘宝村")),
    ("2017年广西跨境电商的增长速度是多少？", V("28.8")),
    ("防城港下辖的区和县，逐个报一下名字。", L("上思县", "港口区", "防城区")),
    ("Which source does the graph rely on for Napo County's prefecture?", P('"Guangxi administrative divisions (reference data)"')),
    # things dated in a year asked, nothing named (the events of 2018): those whose date is on record then
    ("Which events were held in 2018?", P("China-ASEAN Information Harbor E-commerce Forum")),
    ("哪些活动是在2018年举办的？", L("中国-东盟信息港电子商务论坛")),
    ("2018年发布了哪些政策文件？", L("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复: 国务院")),
    ("Which events were held in 2016?", R()),
    ("Which forum was held on 14 September 2018?", R()),
    ("2018年10月举办了哪些活动？", R()),
    # first, number one, the top spot: the first of a ranking, never every thing with the figure
    ("Which product was first in 2017 sales?", F("Nanning banana")),
    ("Which product was number one for 2017 sales?", F("Nanning banana")),
    ("For individual online shops in 2017, did Guangxi hold the top spot among western provinces?", P("no")),
    ("Which prefecture came first in number of counties?", F("Guilin: 17")),
    # how big one figure is beside another: its share, never a floor area
    ("How big was online retail relative to the total e-commerce volume in Guangxi in January-July 2018, in percentage terms?", P("Guangxi Zhuang Autonomous Region online retail sales")),
    ("Beihai presumably, but which county-level unit has the lowest latitude?", F("Yinhai District")),
    # a place in a ranking asked yes or no is no figure's yes (was luosifen first in 2017 sales: never "yes: 30亿")
    ("Was Liuzhou luosifen first in 2017 sales?", R()),
    ("Did Baise mango rank second for 2017 sales?", R()),
    ("Were online retail sales 52.8 billion yuan in the first seven months of 2018?", P("yes")),
    ("Which product was second in 2017 sales?", F("Baise mango")),
    ("Baise-wide, how many counties are there?", F("12")),
    # the second of a side (the second westernmost): the second alone, never the first
    ("Which Guangxi county is the second westernmost?", F("Longlin Various Nationalities Autonomous County")),
    ("最靠北的地级市里排第二的是哪个？", F("河池市")),
    ("Which prefecture is the 2nd northernmost?", F("Hechi")),
    # round 75: the others of those named (which were the other 20): the named ones are none of them
    ("The reply on 22 cities names Beijing and Nanning; which were the other 20 cities?", R()),
    ("The approval names Beijing; what were the remaining ones?", R()),
    # the finer places counted in all, the count word after them (市辖区一共有几个): they, never the prefectures
    ("各地级市的市辖区加起来一共有几个？", F("41")),
    ("有县级市的地级市一共有几个？", F("9")),
    # whether a figure still holds today: no figure of a source's time says so
    ("融安金桔如今还能卖40块一斤吗？", R()),
    ("Do Rong'an kumquats still fetch 40 yuan per jin today?", R()),
    ("Is Baise mango still selling above 3.8 billion yuan a year?", R()),
    ("融安金桔采用模式后卖40元一斤吗？", P("是")),
    # new words of round 75: which authority, 帽子, 面向, a couple of, trial zone, stat, 几分之几, explain, presence, snapshot
    ("Which authority issued the reply approving the pilot zones in 22 cities?", F("State Council")),
    ("汉塘村戴着什么帽子？", F("淘宝村")),
    ("中小企业贸易促进平台面向哪个地区？", F("东盟")),
    ("Pingguo is one of a couple of county-level cities in which prefecture?", F("Baise")),
    ("Is Nanning implementing a cross-border e-commerce comprehensive trial zone?", P("yes")),
    ("2018年1-7月，网络零售额占电商交易额的几分之几？", P("广西壮族自治区 网络零售交易额")),
    ("Explain the Southbound corridor: what does the graph say about it?", P("China-ASEAN Information Harbor E-commerce Forum")),
    ("Tell me about SAP's presence in Guangxi.", F("settled in: Guangxi Zhuang Autonomous Region")),
    ("一碗柳州螺蛳粉2017年卖了多少？", V("3000000000")),
    # round 76: a yes whose answer leaves a part unanswered is no yes (the years said before are not asked)
    ("We already have 2013 and 2017; does the graph also hold Guangxi's e-commerce transaction volume for 2016?", R()),
    ("Does the graph hold Guangxi's e-commerce transaction volume for 2017?", P("yes")),
    # county-level-city written joined is the county-level cities, never every county-level unit
    ("Which places under Baise have county-level-city status?", L("Jingxi (county-level city)", "Pingguo (county-level city)")),
    ("Which places under Hechi have county-level city status?", P("none")),
    # the tally of a kind said after the count words
    ("What's the count of 县级市 under Nanning?", F("1")),
    # a who answered only by events (what the body hosted) answers no who; the chain's other reading answers
    ("信息港电商论坛是谁主办的？这个主办方发过哪些电商文件？", P("广西壮族自治区人民政府")),
    # 跨境电子商务 said whole with a volume word: the cross-border volume, never the total
    ("廣西2017年跨境電子商務交易規模是多少？", V("42500000000")),
    ("2017年广西跨境电子商务的交易规模有多大？", V("42500000000")),
    ("Which headline products come from Baise?", R()),
    # round 77: a bare 区 after 辖下 in a list of kinds is the districts; a place set beside a thing described is no second thing asked
    ("梧州辖下区、县、县级市一共几个？", F("7")),
    ("跟东兴一起推行“互市贸易+跨境电商”新模式的那个城市，归哪个地级市管？", L("崇左市")),
    # session 68: everyday words read (administered from, takings, 销售成绩, 上头, 讨论重点, sponsor, difference in)
    ("Yao-nationality autonomous counties administered from Hechi: name them.", L("Bama Yao Autonomous County", "Dahua Yao Autonomous County", "Du'an Yao Autonomous County")),
    ("Lingshan — administered from Qinzhou, correct?", P("yes")),
    ("Bai-se mango takings, 2017?", V("3800000000")),
    ("柳洲的螺丝粉在2017年的销售成绩如何？", V("3000000000")),
    ("静西这个县级市，上头是哪个市？", F("百色市")),
    ("9月13日南宁那场信息港电商论坛，讨论重点是哪三块？", L("跨境电子商务", "电子商务与物流协同发展", "农村电商发展")),
    ("Difference in 2017 sales between the banana and the mango?", P("difference: 4200000000")),
    ("Which authority is named as the sponsor (主办) of the info-harbor e-commerce forum?", F("People's Government of Guangxi Zhuang Autonomous Region")),
    ("Rongan (no apostrophe) — administratively part of what city?", F("Liuzhou")),
    ("2017 cross-border online trade value for the region, please, in RMB.", V("42500000000")),
    ("Issuer of the Internet-plus-circulation implementation notice?", F("General Office of the People's Government of Guangxi Zhuang Autonomous Region")),
    # a place and a thing with 的 between them: the one name they make
    ("香蕉和芒果打擂台：2017年南宁的香蕉与百色的芒果，谁卖得多？", F("南宁香蕉")),
    ("桂林的米粉和南宁的老友粉有什么关系？", P("桂林米粉")),
    ("贺州和梧州这两个市，哪个县级区划更多一些？", F("梧州市: 7")),
    ("Which prefecture has the most districts, counties and county-level cities combined?", F("Guilin: 17")),
    ("Mapping project: which city-level area contains the greatest count of districts/counties/county cities?", F("Guilin: 17")),
    # a number given picks the figures of a kind it states; a figure's number asked to be explained
    ("28.8%是什么增速？", V("28.8")),
    ("28.8%和13.4%分别是什么增速？", V("28.8", "13.4")),
    ("What does the 28.8% figure measure?", V("28.8")),
    # the URL of the source for a claim: the article's, never the thing's own address
    ("Can you give me the URL of the source for Nanning bananas topping 8 billion yuan?", P('"Guangxi e-commerce')),
    ("Citation help: publication date of the story that mentions 47 rural e-commerce pilot counties?", P('"Guangxi e-commerce')),
    ("乐村淘的网址是什么？", R()),
    # 阿里: Alibaba's short name (阿里地区 stays Tibet's, outside Guangxi)
    ("阿里之外，还有谁在广西农村铺电商业务？一起列出来。", L("京东", "乐村淘", "赶街")),
    ("阿里在广西做了什么？", L("阿里巴巴 —开展农村电商业务→ 广西壮族自治区")),
    ("阿里地区在哪？", R()),
    ("The jasmine-tea town formerly known as Hengxian: which prefecture is it under now?", F("Nanning")),
    ("Brief me on that Nanning direct-purchase showroom for imported goods — size, tenants, origins.", P("implements model")),
    # round 78: a list asked of what the graph holds only as a count is refused; a relative clause that is a fact of
    # the thing a phrase names is part of the phrase; 这个市 after 哪个市 is the first part's answer, never its name
    ("47个示范县的名单能给我一份吗", R()),
    ("Could you give me every city named in the 2018 State Council reply that created 22 cross-border e-commerce comprehensive pilot zones?",
     L("Beijing", "Nanning")),
    ("钦州保税港区所在的区属于哪个市？这个市下面有淘宝村吗，在哪个县？", L("钦州市", "灵山县")),
    # round 78's refusals over one everyday word (进账, 销售冠军, 区和县, registered in, e-tail, 业态, trading platforms, paste, 材料)
    ("记者问一下：灵山那个汉塘村，17年靠卖果苗进账多少？", V("160000000")),
    ("香蕉、芒果、螺蛳粉，17年哪个是销售冠军？", F("南宁香蕉")),
    ("贺州下面都有哪些区和县？", L("八步区", "平桂区", "富川瑶族自治县", "昭平县", "钟山县")),
    ("2017 figure for personal web stores registered in Guangxi?", V("54935")),
    ("Rural e-tail sales in Guangxi, cumulative through 2018-07 — what's the total in yuan?", V("5900000000")),
    ("南宁那个跨境商品直购体验中心，属于哪种业态模式？", L("跨境电商O2O线下体验店")),
    ("We're a Malaysian exporter: which cross-border trading platforms have actually established a presence in Guangxi?",
     L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("For the '47 counties approved as national rural e-commerce demo counties' claim, paste the exact wording from the article.",
     P("“The comprehensive demonstration project")),
    ("横县更名横州市的依据是哪份材料？", L("《广西行政区划参考数据说明》")),
    # a name glossed in Chinese brackets keeps the question English; a name found by search gives way to one named exactly
    ("Tell me about Guangxi's e-commerce lecturer team (电子商务讲师团).", P("established by")),
    ("Tell me about Guangxi's e-commerce lecturer group.", P("established by")),
    # a place and a date before an event's name that it is held in and on say which one it is; the relation is asked of the event
    ("Nanning's Sept 2018 Info Harbor e-commerce forum: who hosts it (主办) and who organises it (承办)?",
     L("hosted by: People's Government of Guangxi Zhuang Autonomous Region", "organised by: Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("南宁2018年9月那个信息港电商论坛，定的主题是什么", L("电商产业新融合·数字商务新发展")),
    ("2018年9月南宁那个信息港电商论坛，定的主题口号是什么", L("电商产业新融合·数字商务新发展")),
    ("国务院那份综试区批复什么时候发布的？", L("2018-08")),
    ("给我列一下：有哪些知名电商平台下到广西农村去开展业务了？", L("乐村淘", "京东", "赶街", "阿里巴巴")),
    ("京东这家在广西农村那块有布局没有", P("是")),
    ("Which specific teas does the 'Guicha' umbrella brand include? I want all of them.",
     L("Baise Lingyun tea", "Fangchenggang golden camellia tea", "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    # round 79: a kind qualified by a word not understood is no kind of related thing; a lead phrase asks no URL;
    # a typo of a place ending (巷 for 港) after a short name is not read as the name; a lead name before a dash is the subject
    ("中国-东盟中小企业贸易促进平台背后的开发公司叫什么名字？", R()),
    ("Follow the link: the government body that hosted the 2018 info-harbor e-commerce forum also put out which e-commerce policy paper?",
     L("Opinions of the regional government on accelerating e-commerce development")),
    ("东兴是不是防城巷下面的？", R()),
    ("百色芒果干的销售额？", R()),
    ("DH gate — did it come to guangxi? whats its chinese name", L("yes: DHgate —came to develop in→ Guangxi Zhuang Autonomous Region", "敦煌")),
    # round 79's refusals over one word or a lead (rolling out, 少数民族自治县, (skip counties), anti-poverty, county-tier,
    # lat values, 排头名, fall short of, background on, I run a firm in …, 我们是做…的, journalist checking facts on)
    ("Which big-name national e-commerce companies have been rolling out village-level business in Guangxi?",
     L("Alibaba", "Ganjie", "JD.com", "Lecuntao")),
    ("河池境内的少数民族自治县一共几个？", F("5")),
    ("Guilin: count of urban districts only, please (skip counties)", F("6")),
    ("How many distinct anti-poverty e-commerce models does the knowledge base describe, and what are they called?", F("2")),
    ("Out of the 14 prefectures, whose jurisdiction includes the greatest count of county-tier units?", F("Guilin: 17")),
    ("Going by lat values, which prefecture city is the most northerly?", F("Guilin")),
    ("2017年广西个人网店数在西部是不是排头名？", P("否")),
    ("Did Guangxi's countryside e-commerce coverage fall short of 50%?", P("no")),
    ("What background is there on the 'E-commerce Guangxi, E-commerce ASEAN' drive?", P("Guangxi Zhuang Autonomous Region —implements→")),
    ("I run a small firm in Jakarta. Brief me on that China-ASEAN SME trade promotion platform.", P("serves: ASEAN")),
    ("我们是做进口商品分销的，想了解钦州保税港区那家国际商品直销中心的底细", P("运营模式")),
    ("Journalist checking facts on Nanning's Sept-13 e-commerce forum: which three subjects were slated?",
     L("cross-border e-commerce", "coordinated development of e-commerce and logistics", "rural e-commerce development")),
    ("柳州辖区内的县级单位，全部列出来", L("三江侗族自治县", "城中区", "柳北区", "柳南区", "柳江区", "鱼峰区", "柳城县", "鹿寨县", "融安县", "融水苗族自治县")),
    ("Baise has how many county-level units under it altogether (districts + counties + cities)?", F("12")),
    ("信息港那个电商论坛，举办地是桂林吧？", P("否")),
    # round 80: a person the graph does not hold (一把手) is not understood; （含国务院的） keeps every document; a quoted “市”
    # under a prefecture is its county-level cities; 上市 is listed on a market, no city; the whole worked back from a share
    ("想约访，请问自治区商务厅现在的一把手是哪位？", R()),
    ("Who is the head of the commerce department?", R()),
    ("数据库里存了多少个政策类的文件（含国务院的）？", F("7")),
    ("帮我数数，百色市辖的“市”（不是区也不是县）一共几个？", F("2")),
    ("广西目前有多少家上市的电商企业？", R()),
    ("个人网店占全国店铺数0.8%，那全国店铺大约有多少家？", V("54935", "0.8")),  # and the whole worked out: 全国（推算）约 6866875 个
    ("How many county-level units does Guilin have (skip districts)?", F("11")),
    # round 80's refusals over one word, and a former code asked as the one used before (以前用的: the old code, never today's)
    ("田阳区以前用的区划代码是多少？", F("451021")),
    ("田阳区撤县设区之前用的区划代码是几号？", F("451021")),
    ("融安县搞的那套扶贫打法，正式叫法是什么模式？", L("“电商+农民合作社+贫困户”模式")),
    ("核桃鸡（万寿谷牌子那个）是哪个县养出来的？", F("凤山县")),
    ("跨境那块，广西17年的同比增速给个数。", P("广西壮族自治区 跨境电商交易额同比增长")),
    ("Banana sector briefing — what sales did Nanning's bananas clock up in 2017?", V("8000000000")),
    ("跨境电商平台里，哪几家把落脚点放在了广西？", L("德国思爱普（SAP）", "浙江聚贸", "阿里巴巴一达通")),
    ("Counting the teas grouped as Guicha, what's the tally?", F("4")),
    ("Of every product that has a 2017 turnover number stored, which is the smallest earner?", F("Hantang fruit seedlings")),
    ("Quick sanity check — Lingyun's tea from Baise, is it grouped inside 桂茶?", P("yes")),
    ("JD.com — active in Guangxi rural e-com or not?", P("yes")),
    ("京东商城下乡了吗？在广西农村有业务没", P("是")),
    ("German software giant SAP shows up in your Guangxi data? In what role?", P("settled in")),
    ("What level did Guangxi e-commerce turnover hit in the year 2017?", V("705600000000")),
    ("Latitude check from your stored coordinates: Liuzhou vs Nanning, which sits more to the north?", F("Liuzhou")),
    ("村里的电商服务站和物流网点，到18年7月数量上谁占上风？差距几个？", P("农村电商服务站点数（累计） 3101个 > 物流配送网点数（累计） 2228个")),
    ("For a minority-areas report I need to know: Hechi contains how many 自治县 (Yao, Maonan, Mulao etc.)?", F("5")),
    # round 81: a place of a kind that opens the question is what is asked; a relation that answers no place is no answer
    ("The city hosting the September 2018 info-harbor e-commerce forum: which of its products appear in the graph?", R()),
    ("Which city hosted the 2018 info-harbor e-commerce forum?", F("Nanning")),
    # round 82: kinds added count each thing once (荔浦市 is among 区县 too); the whole worked back from a share given
    ("桂林下面区县加县级市合起来几个？", F("17")),
    ("县级市和自治县加起来有几个？", F("22")),
    ("跨境电商425亿约占外贸11%，那么2017年全区进出口大概是多少亿？", V("42500000000", "11")),
    # round 83: a figure named by its value is compared, not checked; a share of all e-commerce is of the e-commerce
    # volume (not imports and exports); a thing described by a clause whose fact is held is what is asked about
    ("Is the 28.8% cross-border figure larger than the Jan-Jul 2018 online retail growth rate?", P("yes: ")),
    ("Was the Jan-Jul 2018 online retail growth rate smaller than the 28.8% cross-border growth?", P("yes: ")),
    ("Is the 13.4% online retail growth higher than cross-border growth of 2017?", P("no: ")),
    ("28.8%的跨境电商增速是否高于2018年前7个月网络零售额的增速？", P("是: ")),
    ("柳州螺蛳粉销售额是否超过了2017年百色芒果的销售额？", P("否")),
    ("Cross-border as a % of all Guangxi e-commerce in 2017?", L("cross-border e-commerce transaction volume was 6.02% of e-commerce transaction volume (2017)",
                                                                 "Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000 yuan (CNY) (425亿元)",
                                                                 "Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000 yuan (CNY) (7056亿元)")),
    ("跨境电商占2017年广西电商的百分之几？", P("广西壮族自治区 跨境电商交易额")),
    ("What percentage of Guangxi's imports and exports was cross-border e-commerce in 2017?", V("11")),
    ("Background on the e-commerce lecturers' team Guangxi set up?", L("established by: Guangxi Zhuang Autonomous Region")),
    ("Tell me about the e-commerce lecturers' team that Guangxi set up.", L("established by: Guangxi Zhuang Autonomous Region")),
    ("What is known about the e-commerce lecturer group Nanning set up?", R()),
    # round 130: names listed before 'and who else' are left out; the reference data's cut-off date is its source's
    ("Google, Vipshop and who else are described as leading firms that came to Guangxi to grow their business?", L("DHgate", "JD.com", "Zhijian Yuntu")),
    ("行政区划那套参考数据，是统计局哪年的版本？数据截止日期是？", P("《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）")),
    ("区划数据的截止日期是？", P("《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）")),
    ("What is the cut-off date of the division reference data?", P('"Guangxi administrative divisions (reference data)", NBS 2023 edition (cut-off 2023-06-30)')),
    # round 130's refusals over one word: everyday wordings read (里面收了, which brand, contrast, a cluster of them, governs it,
    # under the new model, 去除以, 店铺总量, a role said first, just the number, spell out each edge, cite/quote the line, what
    # level reached, a time window, the Sina feature, 这张图, Hantang's seedlings); a share by division is no quotient in yuan
    ("桂茶产业里面收了几种茶？", F("4")),
    ("Mango versus luosifen, 2017 sales: which brand came out ahead and what's the gap in yuan?", F("Baise mango")),
    ("Economic historian here: contrast 2013 with 2017 for total online transaction value in Guangxi — absolute numbers and the gap.",
     P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3 percent")),
    ("Autonomous counties (自治县) are spread unevenly — which prefecture has the biggest cluster of them?", F("Hechi: 5")),
    ("茉莉花茶 from 横县: that place is now a county-level city — which prefecture governs it?", F("Nanning")),
    ("By what multiple did Rong'an kumquat prices rise under the new model?", L("Rong'an kumquat price before the model: 2 yuan per jin (2元/斤)",
                                                                             "Rong'an kumquat price after the model: 40 yuan per jin (40元/斤)",
                                                                             "rose by 38 yuan per jin (20 times the earlier price, +1,900%)")),
    ("拿2017年跨境电商交易额去除以全年电商交易额，比例大概是多少？", L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)",
                                                           "广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)", "2017年跨境电商交易额占电子商务交易额的 6.02%")),
    ("2018年1-7月网络零售额占全年电商交易额的比重？", R()),
    ("54935家占全国0.8%，那全国店铺总量推算下来大约多少？", L("广西壮族自治区 个人网店数量: 54935 个 (54935家)", "广西壮族自治区 占全国店铺数比重: 0.8 % (0.8%)",
                                                   "全国（推算）约 6866875 个")),
    ("How many 市辖区 does Nanning contain? Just the number and names.", L("7")),
    ("Pingxiang sits on the Vietnam border — spell out each edge the knowledge base draws from it.", P("adopts model: ")),
    ("Cite the exact passage supporting the claim that Rong'an kumquats jumped from 2 to 40 yuan a jin.",  # the passage, then its source
     P('“Through the "Wanshougu walnut-chicken industry + e-commerce + poor households" linkage')),
    ("Quote me the line where the article announces Nanning's inclusion among the cross-border pilot zone cities.",
     P("“In August this year the State Council issued the Reply approving")),
    ("Cumulative rural e-commerce training in Guangxi reached what level by July 2018?", V("200000")),
    ("How big a contribution did final consumption make to regional GDP growth?", V("50")),
    ("Over what time window was the 53.3% yearly average growth in transaction volume measured?", P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3 percent (53.3%)")),
    ("Publication date of the Sina Guangxi feature this knowledge graph is built from?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20')),
    ("凤山县在这张图里连着哪些东西？", P("采用模式: ")),
    ("Hantang's 2017 seedling sales were what percentage of Baise mango's 2017 sales?", L("Hantang fruit seedlings annual sales: 160000000 yuan (CNY) (1.6亿元)",
                                                                                         "Baise mango annual sales: exceeding (broke through) 3800000000 yuan (CNY) (38亿)",
                                                                                         "about 4.2%")),
    # a clause saying where the next name's event is held (在南宁开的论坛) is context, no second subject; more everyday wordings
    ("那个9月在南宁开的信息港电商论坛，主题口号是啥？", F("电商产业新融合·数字商务新发展")),
    ("在南宁举办的信息港电商论坛由谁主办？", F("广西壮族自治区人民政府")),
    ("How many 市辖区 does the provincial capital Nanning contain? Just the number and names.", L("7")),
    ("梧州六堡茶被划进桂茶产业没有？", P("是: ")),
    ("贺州市的辖区范围，区和县各是哪些，请逐一写出。", L("八步区", "平桂区", "富川瑶族自治县", "昭平县", "钟山县")),
    ("外贸口径下，2017年广西跨境电商大概占到进出口的多大比例？", V("11")),
    ("I'm filling in a spreadsheet of county codes — what six-digit code goes next to 凤山 (Fengshan)?", F("451223")),
    ("汉塘村上级是武利镇——这条隶属关系，图谱引用了什么资料做证据？", P("《广西行政区划参考数据》")),
    ("Mapping project: pull up the stored lat/long pair for 融安 (Rong'an).", P("Rong'an County is in Liuzhou, Guangxi Zhuang Autonomous Region (latitude 25.224549, longitude 109.397538)")),
    # round 131: a figure named by its one number (the 422 bn yuan figure, 4220亿元这个数) is asked of, that figure only (never
    # in a yes/no question: the number would check itself); more everyday wordings (add A to B, member products, trainees,
    # can shoppers find, experience hall, 支撑, settled-in, precision poverty relief, does each merchant account for,
    # compound rate … imply, textual basis, main news source, start and end years, 截止到哪一天, the original sentence)
    ("The 422 bn yuan figure — what period is it for?", L("Guangxi Zhuang Autonomous Region e-commerce transaction volume: 422000000000 yuan (CNY) (4220亿元)")),
    ("4220亿元这个数是哪个时期的？", L("广西壮族自治区 电子商务交易额: 422000000000 元 (4220亿元)")),
    ("What does the 705.6 billion figure measure?", V("705600000000")),
    ("The 3,101 rural service stations: as of what date was that tally?", V("3101")),
    ("Is the 13.4% figure a growth rate?", R()),
    ("Add Baise's mango sales to Hantang's seedling sales for 2017 — what total?", F("combined: 3960000000 yuan (CNY)")),
    ("Guicha as an industry — count of member tea products?", F("4")),
    ("Up to mid-2018 what was the cumulative headcount (person-times) of rural e-com business trainees?", V("200000")),
    ("How many product SKUs can shoppers find at the Nanning cross-border goods centre?", V("50000")),
    ("支撑“农村电商发展”这个议题的政策文件有哪些？", L("广西电子商务进农村三年规划")),
    ("On average, about how many SKUs does each merchant account for at Nanning's direct-purchase centre?", F("product SKUs ÷ merchants on site: about 125 count")),
    ("The e-commerce precision poverty-relief action plan: start and end years?", F("3 years (2018-2020)")),
    ("图谱用的行政区划数据，截止到哪一天？", P("《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）")),
    ("What URL does the graph cite for its main news source?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi')),
    ("On what textual basis does the graph say Google came to develop in Guangxi?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi')),
    ("Show me the original Chinese sentence behind the kumquat price rise (2 → 40 yuan/jin).", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20")),
    # where an event is held, said after it (在南宁举行的), is context; the pilot-zone approval is the reply; 往上两级, 人民币金额, 名次如何
    ("信息港电商论坛在南宁举行的具体日期是？", F("2018-09-13")),
    ("Who signed off on the pilot-zone approval document, and which two cities does the graph link it to?", L("State Council", "Beijing", "Nanning")),
    ("汉塘村往上两级，是哪个县、哪个市？", L("灵山县", "钦州市")),
    ("图谱里记录的人民币金额里，最大的一笔是什么？", F("广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)")),
    ("2017年广西个人网店在西部名次如何？", V("54935", "3")),
    # round 132: set up said of what was set up is its established-by; the statistical code carried before is the former code;
    # "names, not the count" asks no count (the graph holds only the count: refused); 谷歌 is no settled cross-border platform
    ("Who set up the e-commerce lecturer group?", L("Guangxi Zhuang Autonomous Region")),
    ("Who set up the 讲师团?", L("Guangxi Zhuang Autonomous Region")),
    ("Lipu is now a county-level city — what statistical code did it carry before?", L("yes: Lipu (county-level city) (County-level division)", "450331")),
    ("I need names, not the count: which Guangxi counties got the national rural e-commerce demonstration title?", R()),
    ("谷歌在文章里是以'落户的跨境电商平台'身份出现的吗？", L("无法证实（图谱没有这样记载，它记载的是：谷歌 —入桂发展→ 广西壮族自治区）")),
    # round 132's refusals over one word read (常说的, 牵头组建, 上游种养/下游环节, grand total, 叫得上名字的, a batch of, drives
    # regional growth, 起步阶段, which one leads, comes out on top, Nanning-hosted, 管的是哪几年, starting and ending year, textual
    # evidence, 大关, does it clear 70, 平均到每个, 复合增长); "the article lists/puts a number on" asks no source
    ("业内常说的“融安模式”，全称是什么？", F("“电商+农民合作社+贫困户”模式")),
    ("一碗米粉串起一条产业链——图谱里米粉的上游种养和下游环节具体是什么？", P("带动上游产业: ")),
    ("Give me the grand total of county-level divisions your data holds for the whole autonomous region.", F("111")),
    ("哪些在全国叫得上名字的电商平台下到了广西农村做业务？", L("阿里巴巴", "京东", "乐村淘", "赶街")),
    ("Journalist here: the article lists a batch of big-name firms that 'came to Guangxi to develop' — who are they?", L("DHgate", "Google", "JD.com", "Vipshop", "Zhijian Yuntu")),
    ("The article puts a number on how much final consumption drives regional growth. What is it?", V("50")),
    ("“电商广西 电商东盟”工程起步阶段的2013年，全区电商交易额基数是多少？", V("126600000000")),
    ("In terms of total county-level subdivisions, which Guangxi prefecture comes out on top?", F("Guilin: 17")),
    ("Mark my calendar: what day was the Nanning-hosted China-ASEAN Info Harbor e-commerce forum scheduled for?", F("2018-09-13")),
    ("电商精准扶贫那份三年行动计划管的是哪几年？", F("3 年（2018-2020）")),
    ("That 53.3% per-year growth rate — what are its starting year and ending year?", V("53.3")),
    ("What's the textual evidence that the Commerce Department was the organiser of the forum?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth"')),
    ("按1266亿到7056亿、四年复合增长自己算一遍，和报道的53.3%对得上吗？", P("2013年至2017年增加 579000000000 元")),
    ("农村网络零售额累计59亿，平均到每个服务站点是多少？", P("农村网络零售额（累计） ÷ 农村电商服务站点数（累计）：约 1902612 元")),
    ("跨境电商2017年的交易额有没有突破四百亿元大关？", P("是: ")),
    ("The article's rural e-commerce coverage figure for Guangxi — does it clear 70 percent?", P("yes: ")),
    # round 133: 产品类实体 are the products (15), not a group's 3; 能给个名单吗 asks a list (not held: refused); 凭的是什么数据 asks a source
    ("产品类实体在图谱中有多少个？", F("15")),
    ("那个本土企业做的中小企业贸易促进平台，服务的两百多家东盟公司能给个名单吗？", R()),
    ("汉塘村隶属武利镇，这个说法凭的是什么数据？", P("《广西行政区划参考数据》")),
    # round 134: the head of 的 is the kind listed (县出的产品: products); 排老二 is 排第二 and 咱们广西 is Guangxi;
    # a platform whose service target is ASEAN serves ASEAN (its figure, not a count of platforms)
    ("柳州市以及它下辖的县出的产品，图谱里有哪些", L("柳州螺蛳粉", "融安金桔")),
    ("听说咱们广西个人网店数在西部排老二，对吗", P("否")),
    ("For the platform whose service target is ASEAN, how many enterprises has it served?", V("200")),
    ("服务对象是东盟的那个平台，服务过多少家企业？", V("200")),
    # round 135: a noun with a participle clause names the thing (the centre located in X); one word read (龙头, leaders,
    # 拳头/冠军, 园区, 节点, neighbours, 进没进…农村, esp. poor areas, beyond, parts of the world, RMB 5bn, 建起来, 2013-17);
    # the year a figure was highest among whole years; a place before a thing held there says which (南宁那场电商论坛),
    # a day before it must be its date; the phrase said to be a name with 是不是 is a claim to check
    ("The centre located in the Qinzhou Bonded Port Area reaches which provinces?", L("Hunan", "Jiangxi", "Sichuan")),
    ("入桂发展的电商龙头企业名单是什么", L("京东", "唯品会", "敦煌", "至简云图", "谷歌")),
    ("Is Google one of the e-commerce leaders that came to Guangxi?", P("yes")),
    ("三个拳头产品（香蕉、芒果、螺蛳粉）2017年销售额冠军是谁？", F("南宁香蕉")),
    ("钦州那个国际商品直销中心具体落在哪个园区？", F("广西钦州保税港区")),
    ("融安这个县在知识图谱中连着哪些节点？", P("采用模式")),
    ("Hantang village (Lingshan): neighbours in the knowledge graph?", P("has designation")),
    ("乐村淘这个平台进没进广西农村？", P("是")),
    ("谷歌进没进广西农村？", P("无法证实")),
    ("Name the companies doing rural e-commerce in Guangxi's villages, esp. poor areas.", L("Alibaba", "Ganjie", "JD.com", "Lecuntao")),
    ("Qinzhou's bonded-port international goods direct-sales centre: its business has spread to how many provinces beyond Guangxi?", F("3")),
    ("Imported goods at Nanning's direct-purchase experience centre come from which parts of the world?", L("ASEAN", "Australia", "Europe and America")),
    ("Were Baise's mango sales above RMB 5bn in 2017, yes or no?", P("not confirmed")),
    ("做农村物流调研：到2018年7月为止，广西农村电商配套的物流配送网点累计建起来几个了？", V("2228")),
    ("Fact-check: 2013-17 e-commerce turnover in Guangxi rose on average 53.3% per annum, true?", P("on average up 144750000000 yuan")),
    ("广西电子商务交易额哪一年最高？", F("2017年")),
    ("When was Guangxi's e-commerce transaction volume the lowest?", F("2013")),
    ("9月13号南宁那场电商论坛，主办方是不是自治区商务厅？", P("否")),
    ("电商论坛的主办方是不是自治区商务厅？", P("否")),
    ("南宁那场电商论坛的主办方是谁", F("广西壮族自治区人民政府")),
    ("10月1日的论坛由谁承办", R()),
    # round 136: a figure said of a thing named describes it (卖到40块一斤的金桔: its origin asked; a figure the graph
    # does not hold is said beside the answer); 'where do X that sold N come from' asks the origin; one word read
    ("卖到40块一斤的金桔是哪里产的", F("融安县")),
    ("卖到50块一斤的金桔是哪里产的", F("融安县")),
    ("where do the fruit seedlings that sold 160 million yuan come from?", F("Hantang Village")),
    ("2017年卖了38亿的芒果出自哪个地级市？", F("百色市")),
    ("Our buyers want walnut chicken from the Wanshougu scheme; which county rears them?", F("Fengshan County")),
    ("Bananas from Nanning, Baise mangoes, Liuzhou luosifen: which one had the weakest 2017 sales?", F("Liuzhou river-snail rice noodles")),
    ("Mid-2018: were service stations outnumbering delivery points in rural Guangxi?", P("yes")),
    ("融安金桔用了新模式前后的价格差别", P("相差 38 元/斤")),
    ("走电商合作社路子后，融安的金桔价格翻成原来的几倍", P("采用模式后售价 40元/斤 > 采用模式前售价 2元/斤")),
    ("By July 2018 how many farm products had Guangxi cultivated as online-sale items (cumulative)?", V("1826")),
    ("汉塘村搞果苗网销的村民每户一年收入能到多少？", P("汉塘村 村民年收入")),
    ("Where did Alibaba OneTouch establish itself?", F("Guangxi Zhuang Autonomous Region")),
    ("Was Guangxi No. 2 in the west for personal web shops in 2017?", P("no")),
    ("做调研用：落地广西的跨境电商平台名单给我一下", L("德国思爱普（SAP）", "浙江聚贸", "阿里巴巴一达通")),
    ("设在钦州保税港区的那个中心把业务做到了哪些省", L("湖南省", "江西省", "四川省")),
    ("图谱里哪一年的广西电商交易额最高", F("2017年")),
    ("9月13号那个电商论坛，主办方是不是商务厅？", P("否")),
    # round 137: the things ranked are as many as the question says (那三个特产, the three products), narrowed by a
    # bound word said of their figures (销售额“突破”的: 30亿, not the seedlings' 1.6亿 that 达); else refused
    ("2017年销售额\"突破\"的那三个特产里，垫底的是哪个？", F("柳州螺蛳粉")),
    ("2017年销售额突破的那三个特产里，最高的是哪个？", F("南宁香蕉")),
    ("2017年那三个特产里，销售额最低的是哪个？", R()),
    ("Of the three products whose 2017 sales broke through, which was lowest?", F("Liuzhou river-snail rice noodles")),
    ("Of the three products with 2017 sales figures, which was lowest?", R()),
    ("2017年那四个产品里，销售额最低的是哪个？", F("汉塘村果苗")),
    # round 137's refusals over one word: 这个节点, 关联了哪些东西, 连边, every edge touching, what nodes link to, which
    # entities point to it, 品种, sectors, physically, 延伸到省外, in which region, what location does the graph give, peak;
    # a name's own next word is part of it (the Qinzhou direct sales centre for international goods: never "goods")
    ("东盟这个节点关联了哪些东西？", L("南宁跨境商品直购体验中心 —商品来源→ 东盟", "中国-东盟中小企业贸易促进平台 —服务对象→ 东盟")),
    ("南向通道这个节点的关联关系有哪些？", F("中国-东盟信息港电子商务论坛 —推动→ 南向通道")),
    ("自治区人民政府办公厅这个机构，图谱里跟谁有连边？", P("自治区人民政府办公厅关于")),
    ("Info Harbor (China–ASEAN): show every edge touching it", P("Guangxi Zhuang Autonomous Region —implements→")),
    ("Department of Commerce of Guangxi: which graph entities point to it or from it?", P("China-ASEAN Information Harbor E-commerce Forum —organised by→")),
    ("列举一下文中说到的广西米粉都有哪些品种", L("桂林米粉", "柳州螺蛳粉", "南宁老友粉")),
    ("Which upstream sectors do Guangxi's rice noodles pull along?", L("bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming")),
    ("qinzhou direct sales centre for international goods - physically located where exactly?", F("Guangxi Qinzhou Bonded Port Area")),
    ("Where is the Qinzhou direct sales centre for international goods located?", F("Guangxi Qinzhou Bonded Port Area")),
    ("钦州直销中心的业务延伸到了省外哪些省？", L("湖南省", "江西省", "四川省")),
    ("China-ASEAN E-commerce Summit — what location does the graph give for it?", F("Guangxi Zhuang Autonomous Region")),
    ("In which year did Guangxi's e-commerce transaction volume peak among the years the graph covers?", F("2017")),
    # round 138: 12 months asks a whole year (Jan-Jul is not it); 拿第一/ranks first is the top (Guangxi ranks third: who
    # is first is not held); 属于哪个品类 asks the category, not where; a news piece named beside 'dataset' is the
    # article, and the reference data named with a class word is the reference data; numbers given from…to are checked
    # against every figure of the thing by their words, never by the other number; 亿 is never a percentage
    ("I need Guangxi's 12-month 2018 online retail total.", R()),
    ("广西2018年12个月加总的网络零售额是多少", R()),
    ("个人网店数量在西部拿第一的省份叫什么", R()),
    ("Which western province ranks first for individual online shops?", R()),
    ("Does Guangxi rank first among western provinces for online shops?", P("no")),
    ("Which product ranks first by 2017 sales?", F("Nanning banana")),
    ("柳州螺蛳粉属于哪个品类？", L("广西米粉")),
    ("publisher of the news piece behind this dataset?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi')),
    ("Who published the reference data?", P('"Guangxi administrative divisions (reference data)"')),
    ("广西电商交易额由1266亿涨到7056亿，净增量是多少", P("广西壮族自治区 电子商务交易额年均增长率")),
    # round 139: 办公厅（自治区政府的） and 区政府办公厅 are the General Office (never the government's documents); host city
    # of a forum asks where, never whether its date is right; (home of X) and (the border city) only describe; issuer and
    # month of issue; neighbours, edges, node, 相关信息, Germany's SAP, 这种新模式, gain, http address, （入桂）
    ("办公厅（自治区政府的）出台了哪几个文件？图谱里有记录的", L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
                                                "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("区政府办公厅名义印发的政策有哪几份", L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
                                    "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("Host city of the 13 Sept 2018 China–ASEAN info-harbour e-commerce forum?", F("Nanning")),
    ("Lingyun county (home of Lingyun tea) — parent prefecture?", F("Baise")),
    ("凌云县（凌云茶的产地）归哪个市管", F("百色市")),
    ("The State Council reply that lists Nanning: issuer and month of issue?", L("2018-08", "State Council")),
    ("Pingxiang (the border city): show its relations", P("adopts model")),
    ("哪些电商领军企业来广西（入桂）发展了，列一下", L("京东", "唯品会", "敦煌", "至简云图", "谷歌")),
    ("Jingdong's edges in this knowledge graph — list them", L("came to develop in: Guangxi Zhuang Autonomous Region",
                                                            "operates rural e-commerce in: Guangxi Zhuang Autonomous Region")),
    ("State Council node: what relations does it have?", P("Reply approving cross-border e-commerce comprehensive pilot zones")),
    ("融安县有哪些相关信息", P("采用模式")),
    ("Did Germany's SAP (思爱普) land in Guangxi as a cross-border trading platform — yes or no?", P("yes")),
    ("凭祥是否探索了“互市贸易+跨境电商”这种新模式", P("是")),
    ("I need to cite the Sina Guangxi report — what's its http address?", P('"Guangxi e-commerce\'s new leap')),
    # round 140: the language a source is written in (dct:language); 之乡 before a name, 上面管它的, nodes hang off,
    # 土特产, quoted source line, supporting that
    ("What language is the source article in?", L('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20, '
                                                  "http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml",
                                                  "language: Simplified Chinese (zh-Hans)")),
    ("源文章是什么语言的？", P("《广西电商新跨越 经济增长新引擎》")),
    ("金桔之乡融安县，行政上隶属哪个地级市？", F("柳州市")),
    ("凤山县上面管它的地级市叫什么", F("河池市")),
    ("Rong'an: which nodes hang off this county in the KG?", P("adopts model")),
    ("Quote the sentence supporting that 47 counties were approved as national rural e-commerce demonstration counties.", P("“The comprehensive demonstration project")),
    # round 141: 是哪个县的村子 asks where; web retail; (X brand) only names; 建好的; 入选…综合试验区 is implementing it
    ("汉塘村是哪个县的村子？", F("灵山县")),
    ("凤山县是哪个市的地方？", F("河池市")),
    ("Jan–Jul 2018: was Guangxi's web retail growth in double digits?", P("yes")),
    ("walnut chicken (Wanshougu brand) — home county?", F("Fengshan County")),
    ("截至2018年7月底，广西农村累计建好的物流配送网点有几个", V("2228")),
    ("南宁是否入选了跨境电子商务综合试验区？", P("是")),
    # round 142: fall under a category asks its members or its category, never where (Guangxi is no kind of noodle)
    ("what kinds of noodles fall under the Guangxi rice noodle category in the graph",
     L("← is a kind of: Guilin rice noodles", "← is a kind of: Liuzhou river-snail rice noodles", "← is a kind of: Nanning laoyou noodles")),
    ("Luosifen falls under which category?", F("Guangxi rice noodles")),
    ("Which category does Liuzhou luosifen belong to?", F("Guangxi rice noodles")),
    ("Which prefecture does Lipu fall under?", F("Guilin")),
    # round 143: 设区市 is the prefecture-level city; a trailing "in the piece" is the graph's own scope, no source asked
    ("东兴这个边境口岸城市由哪个设区市管？", F("防城港市")),
    ("noodle types listed as 'guangxi rice noodles' in the piece — which ones?", F("Guilin rice noodles —is a kind of→ Guangxi rice noodles")),
    # round 143: a lead of two names before a colon is what 两者 compares (香蕉减芒果：…), not a preamble to blank
    ("香蕉减芒果：2017年两者销售额相差几个亿？",
     L("南宁香蕉", "南宁香蕉 年销售额: 突破 8000000000 元 (80亿)", "百色芒果 年销售额: 突破 3800000000 元 (38亿)")),
    ("香蕉和芒果：2017年两者销售额相差多少？",
     L("相差 4200000000 元", "南宁香蕉", "南宁香蕉 年销售额: 突破 8000000000 元 (80亿)", "百色芒果 年销售额: 突破 3800000000 元 (38亿)")),
    ("Bananas and mangoes: how far apart were the two in 2017 sales?",
     L("difference: 4200000000 yuan (CNY)", "Nanning banana", "Nanning banana annual sales: exceeding (broke through) 8000000000 yuan (CNY) (80亿)",
       "Baise mango annual sales: exceeding (broke through) 3800000000 yuan (CNY) (38亿)")),
    ("How far apart were Baise mango and Liuzhou luosifen in 2017 sales?", F("difference: 800000000 yuan (CNY)")),
    # round 144's wrong answers: 哪一个 is 哪个 (what Lingshan is under, never what is under it); a lead that asks for a
    # figure then "do you have it?" is what is asked (no yes about where the village is); carries out is implements (no
    # Belt and Road, where Guangxi only lies at a node); a 2019 edition of a 2018 forum is no source's
    ("灵山县由哪一个地级市管辖？", F("钦州市")),
    ("凌云县由哪一个地级市管辖？", F("百色市")),
    ("Our NGO wants the household count of Hantang village in Lingshan - do you have it?", R()),
    ("我们想要汉塘村的户数，有吗？", R()),
    ("We need Baise mango's 2017 sales - do you have it?", V("3800000000")),
    ("Enumerate the projects/programmes that the graph says Guangxi carries out.",  # enumerate lists them
     L('"E-commerce Guangxi, e-commerce ASEAN" project', "China's ASEAN-oriented cross-border e-commerce base", "China-ASEAN Information Harbor",
       "Comprehensive demonstration project of e-commerce in rural areas", "Cross-border e-commerce comprehensive pilot zones")),
    ("Which programmes does Guangxi carry out?",
     L('"E-commerce Guangxi, e-commerce ASEAN" project', "China's ASEAN-oriented cross-border e-commerce base", "China-ASEAN Information Harbor",
       "Comprehensive demonstration project of e-commerce in rural areas", "Cross-border e-commerce comprehensive pilot zones")),
    ("Is there a host city on record for a 2019 edition of the China-ASEAN info harbor e-com forum?", R()),
    ("Is there a host city on record for the China-ASEAN Information Harbor e-commerce forum?", F("Nanning")),
    ("Which city hosted the 2018 edition of the China-ASEAN Information Harbor e-commerce forum?", F("Nanning")),
    ("How far apart are Nanning and Beihai in km?", P("about 168 km")),
    # round 144's refusals: everyday words and leads
    ("Journalist here - what percentage of rural coverage by e-commerce does the Sina piece report for Guangxi?", V("70")),
    ("芒果出口商问一下，百色芒果2017年销售额冲破了多少亿？", V("3800000000")),
    ("My ministry brief needs an employment number: how many people's jobs are tied, directly or indirectly, to e-commerce in Guangxi?",
     V("120000")),
    ("As a share of every online shop in the country, how big were Guangxi's individual web stores in 2017?", V("0.8")),
    ("Tally of national-brand platforms that the graph says do rural e-commerce in Guangxi?", P("4")),
    ("图谱里属于广西米粉品类的具体米粉有几种？", P("3")),
    ("Investor note: count the cross-border platforms reported as having set up in Guangxi.", P("3")),
    ("图谱里收录了哪些工程项目？", F("“电商广西 电商东盟”工程")),
    ("文章里讲到的本土电商扶贫模式有哪几个？", L("“万寿谷核桃鸡产业+电商+贫困户”联动", "“电商+农民合作社+贫困户”模式")),
    ("Our delegation wants to attend the Sept 2018 info-harbor e-commerce forum - which city do we fly to?", F("Nanning")),
    ("Which Guangxi city are the selenium-enriched products attributed to?", F("Guigang")),
    ("凭祥（边境口岸城市）在行政上隶属哪个地级市？", F("崇左市")),
    ("dongxing (border city, guangxi) -> its prefecture?", F("Fangchenggang")),
    ("广西米粉这个节点周边有哪些上下游和品类关系？", F("桂林米粉 —属于品类→ 广西米粉")),
    ("Put Guangxi's 2013 total e-commerce turnover next to its 2017 cross-border turnover - which number is bigger?",
     F("e-commerce transaction volume 1266亿元 > cross-border e-commerce transaction volume 425亿元")),
    ("图谱记录的广西电商交易额中，数值最小的是哪一期？", F("2013年")),
    ("Banana (Nanning), mango (Baise), luosifen (Liuzhou): which one trails in 2017 sales?", F("Liuzhou river-snail rice noodles")),
    ("Among the four Guicha teas, which comes from the westernmost place?", F("Baise Lingyun tea (Lingyun County)")),
    ("边境城市凭祥、东兴，哪一个纬度更低（更偏南）？", F("东兴市")),
    ("Slowest growth percentage recorded for Guangxi in the dataset?",
     F("Guangxi Zhuang Autonomous Region online retail sales, year-on-year growth: 13.4 percent (13.4%)")),
    ("我记得信息港电商论坛主办方是广西商务厅，对不对？", P("否")),
    ("融安搞的“电商+农民合作社+贫困户”那个模式，融安归哪个地级市？", F("柳州市")),
    ("凭祥和东兴都在搞互市贸易，东兴属于哪个市？", F("防城港市")),
    ("图谱依据的那篇新闻网址是多少？", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，")),
    ("凤山带动一万余户贫困户脱贫，原文是怎么表述的？", P("《广西电商新跨越 经济增长新引擎》")),
    ("凤山带动两万户贫困户脱贫，原文是怎么说的？", R()),
    ("问一下，凭祥属于哪个市？", F("崇左市")),
    ("比较一下：南宁直购中心入驻的商家 vs 钦州直销中心开出的线下体验店，数量上谁占优？", F("南宁跨境商品直购体验中心")),
    # round 145's wrong answers: types classed under X are X's members (never what X is part of); 政策文件名称 are the
    # documents, no source file; a product 出自哪里 is its origin; host and organiser compared, never a yes beside two
    # bodies; the other facility with the same model is no answer about the one named; a language code is the language
    ("Number of distinct rice-noodle types classed under Guangxi rice noodles in your data?", P("3")),
    ("How many noodle types are grouped under Guangxi rice noodles?", P("3")),
    ("Which teas are classed under the Guicha industry?",
     L("Baise Lingyun tea", "Fangchenggang golden camellia tea", "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    ("请列出广西为电商发展出台的全部政策文件名称", L("广西电子商务发展“十三五”规划", "广西电子商务精准扶贫三年行动计划（2018-2020）", "广西电子商务进农村三年规划",
                                       "自治区人民政府关于加快电子商务发展的若干意见", "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
                                       "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),  # 为电商发展出台: those that support it
    ("防城港金花茶出自哪里？", F("防城港市")),
    ("防城港金花茶的数据出自哪里？", P("《广西电商新跨越 经济增长新引擎》")),
    ("Is the forum's host the same body as its organiser?", P("no: ")),
    ("中国-东盟信息港电子商务论坛的主办方和承办方是同一个单位吗？", P("否: ")),
    ("论坛的主办单位与承办单位一样吗？", P("否: ")),
    ("和南宁跨境商品直购体验中心同一运营模式的另一个设施在哪里", R()),
    ("Language/script code of the Sina article the data came from?", P('"Guangxi e-commerce\'s new leap')),
    ("新浪那篇文章的语言代码是什么？", P("《广西电商新跨越 经济增长新引擎》")),
    ("凌云茶原产县的上级市是？", F("百色市")),
    ("2018年1-7月电商交易额4220亿元，这条数据是什么时候发布的", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20")),
    # round 143's and 144's refusals: everyday words
    ("Jobs angle for my story: what headcount of employment, direct plus indirect, is e-commerce credited with in Guangxi?", V("120000")),
    ("哪些电商龙头企业进入广西发展？给个名单", L("京东", "唯品会", "敦煌", "至简云图", "谷歌")),
    ("The Qinzhou direct-sales centre for international goods - which zone is it sited in?", F("Guangxi Qinzhou Bonded Port Area")),
    ("Anything in the graph pointing at ASEAN? List the links.",
     L("Nanning cross-border goods direct-purchase experience centre —offers products from→ ASEAN",
       "China-ASEAN SME Trade Promotion Platform —serves→ ASEAN")),
    ("Does Dongxin practise the 'border trade + cross-border e-commerce' approach?", P("yes: ")),
    ("rongan xian sits under what city-level government?", F("Liuzhou")),
    ("Which graph relations involve the regional Department of Commerce?",
     F("China-ASEAN Information Harbor E-commerce Forum —organised by→ Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("That village known far and wide as a Taobao village - what prefecture-level city is it part of?", F("Qinzhou")),
    ("那个卖果苗出名的汉塘村，是哪个县的？", F("灵山县")),
    ("Show me all neighbours of the China-ASEAN Information Harbor node.",
     F("Guangxi Zhuang Autonomous Region —implements→ China-ASEAN Information Harbor")),
    ("京东之外，还有哪些电商领军企业被写成“入桂发展”？全部列出", L("唯品会", "敦煌", "至简云图", "谷歌")),
    ("跟凭祥沾边的东西都有啥？", F("采用模式: “互市贸易+跨境电商”新模式")),
    # round 145's refusals: leads, epithets and everyday words
    ("写稿核对：到2018年7月为止，广西乡村物流配送网点累计建成的数目是？", V("2228")),
    ("边境口岸城市凭祥是哪个地级市下面的？", F("崇左市")),
    ("Planning a trip to Dongxing for the border trade market: which prefectural city oversees it?", F("Fangchenggang")),
    ("Which prefectural city oversees Dongxing?", F("Fangchenggang")),
    ("跟南宁市有关的节点都列一下", F("中国-东盟信息港电子商务论坛 —举办地→ 南宁市")),
    ("按年份看，广西电商交易额在哪个年度数据最高？数额是？", F("2017年")),
    ("Does Wuzhou's Liubao belong to the Guangxi Guicha tea group?", P("yes: ")),
    ("True or false: more than seven in ten rural areas of Guangxi are covered by e-commerce?", P("yes: ")),
    ("Google — one of the firms that entered Guangxi? yes/no", P("yes: ")),
    ("Which upstream industries have been pulled along by Guangxi's rice noodle boom?",
     L("bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming")),
    ("The longevity foods the article praises: which part of Guangxi are they from?", F("Hechi")),
    ("搞核桃鸡扶贫的凤山，行政上归哪个市管辖？", F("河池市")),
    ("The SME trade promotion platform serve some region. Which facility sell products from the same region?",
     F("Nanning cross-border goods direct-purchase experience centre")),
    # round 146's wrong answers: an office holder is never held (no answer about the city in its place); a name with its
    # qualifier in brackets after it is read whole (信息港（中国-东盟）, never ASEAN)
    ("融安县所在的那个地级市，市长叫什么名字？", R()),
    ("柳州市市长叫什么名字？", R()),
    ("Who is the mayor of Liuzhou?", R()),
    ("信息港（中国-东盟）这个节点周边都有啥", F("广西壮族自治区 —实施→ 中国-东盟信息港")),
    ("商务厅（广西）是哪个论坛的承办单位？", F("中国-东盟信息港电子商务论坛")),
    # round 146's refusals
    ("Employment effect of e-commerce in Guangxi (headcount estimate)?", V("120000")),
    ("Rural e-com penetration in Guangxi villages: what coverage percentage did the piece report?", V("70")),
    ("Cross-border platforms that relocated into Guangxi — names?", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("Home county of the walnut-fed chicken brand Wanshougu?", F("Fengshan County")),
    ("Border town Dongxing: prefecture-level parent?", F("Fangchenggang")),
    ("Kumquat-cooperative county: its prefecture-level parent?", F("Liuzhou")),
    ("凤山县有哪些关联关系", F("采用模式: “万寿谷核桃鸡产业+电商+贫困户”联动")),
    ("State Council node — neighbours?",
     F("Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing —issued by→ State Council")),
    ("Tenant merchants at Nanning's direct-purchase hub compared against offline stores opened by Qinzhou's direct-sales hub: larger figure?",
     F("Nanning cross-border goods direct-purchase experience centre")),
    ("Mango from Baise vs Liuzhou's snail rice noodle, 2017 revenue head-to-head — who wins?", F("Baise mango")),
    ("2013年和2017年，哪一年广西电子商务交易额最高", F("2017年")),
    ("2013年和2017年，哪年广西电子商务交易额最低？", F("2013年")),
    ("Seedling village Hantang: officially recognised as a Taobao village or not?", P("yes: ")),
    ("Bangkok exporter here. The Guangxi-developed SME trade promotion portal for China and ASEAN - its client tally of ASEAN businesses stands at what?",
     V("200")),
    ("At Nanning's cross-border direct-buy experience hall, the imported products come from what parts of the world?",
     L("ASEAN", "Australia", "Europe and America")),
    ("Poultry buyer asking: the walnut-chicken brand from Wanshougu valley is farmed where?", F("Fengshan County")),
    ("Rural service points vs. delivery depots built by mid-2018 in Guangxi: which number is bigger?",
     F("rural e-commerce service stations built (cumulative) 3101个 > logistics delivery outlets built (cumulative) 2228个")),
    ("Of every percentage growth figure stored for Guangxi, which is the biggest?",
     F("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3 percent (53.3%)")),
    ("下沉到广西乡村做电商的那几家全国大平台，名字报一下", L("乐村淘", "京东", "赶街", "阿里巴巴")),
    ("在广西农村做电商的全国大平台有哪些？", L("乐村淘", "京东", "赶街", "阿里巴巴")),
    ("广西乡村那边的电商服务站点建了多少个？", V("3101")),
    # round 147's wrong answer: three discussion themes are the forum's topics, never its one theme
    ("List the three discussion themes of the 13 Sept 2018 forum in Nanning.",
     L("cross-border e-commerce", "coordinated development of e-commerce and logistics", "rural e-commerce development")),
    ("What were the discussion themes of the forum?",
     L("cross-border e-commerce", "coordinated development of e-commerce and logistics", "rural e-commerce development")),
    ("What was the theme of the forum?", F("New integration of the e-commerce industry, new development of digital commerce")),
    # round 147's refusals
    ("融安金桔模式前后的售价差了多少？", F("相差 38 元/斤")),
    ("In 2017, cross-border online trade was about what slice of Guangxi's total import-export value? Need the percent.", V("11")),
    ("Baise mangos: what did they bring in, sales-wise, during 2017?", V("3800000000")),
    ("How many distinct teas does the graph list as making up Guangxi's Guicha tea industry?", P("4")),
    ("As a Jakarta trade rep I'd like to know the client base size: roughly how many Southeast Asian businesses use the locally built SME "
     "trade-promotion platform?", V("200")),
    ("哪几家跨境电商平台把落脚点放到了广西？请逐一列举", L("德国思爱普（SAP）", "浙江聚贸", "阿里巴巴一达通")),
    ("What are the Guangxi rice noodle varieties the article names?", L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("Venue city for the Info Harbor e-commerce forum, please - booking flights.", F("Nanning")),
    ("golden-camellia (jinhua) tea - origin place?", F("Fangchenggang")),
    ("靠网上卖果苗致富的汉塘村，在哪个县境内？", F("灵山县")),
    ("Where are the 'border trade + cross-border e-commerce' experiments being run?",
     L("Dongxing (county-level city)", "Pingxiang (county-level city)")),
    ("友谊关所在的凭祥市，上级是哪个地级市？", F("崇左市")),
    ("融安（金桔之乡）行政上隶属哪个地级市？", F("柳州市")),
    ("横州（原横县）按2023年区划由哪个市代管？", F("南宁市")),
    ("yangshuo (tourist county) belongs to what prefecture city", F("Guilin")),
    ("长寿之乡巴马，行政上归哪个市？", F("河池市")),
    ("图谱中指向“东盟”的关系有哪些，来自哪些实体？",
     L("南宁跨境商品直购体验中心 —商品来源→ 东盟", "中国-东盟中小企业贸易促进平台 —服务对象→ 东盟")),
    ("跟“广西米粉”直接相连的节点都有啥", F("桂林米粉 —属于品类→ 广西米粉")),
    ("乐村淘这家平台进了广西农村市场没？", P("是: ")),
    ("True or false: Guangxi was runner-up (2nd) in western China for personal web shops in 2017.", P("no: ")),
    ("In what language is the source text written, and what's its headline?", P('"Guangxi e-commerce\'s new leap')),
    ("Seven months into 2018, Guangxi's e-commerce turnover equalled what percent of the whole of 2017?",
     L("Guangxi Zhuang Autonomous Region e-commerce transaction volume: 422000000000 yuan (CNY) (4220亿元)",
       "Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000 yuan (CNY) (7056亿元)", "2018-01 to 2018-07 was 59.81% of 2017")),
    # round 148's wrong answers: types (luosifen etc.) grouped under X are its members; 是哪个市代管的县级市 asks the city
    # above; an amount the graph has no figure of is never confirmed by a link alone
    ("Number of rice-noodle types (luosifen etc.) grouped under Guangxi rice noodles?", P("3")),
    ("横州市现在是哪个市代管的县级市？", F("南宁市")),
    ("Did Alibaba put 1 billion yuan into Guangxi's rural e-commerce?", R()),
    ("Does Alibaba operate rural e-commerce in Guangxi?", P("yes: ")),
    # round 148's refusals
    ("guangxi x-border e-comm volume 2017: up how many % vs prior yr?", V("28.8")),
    ("Fengshan's Wanshougu walnut chicken scheme - number of poor families it raised above the poverty line?", V("10000")),
    ("Nanning-origin products in the graph - list them please.", L("Hengxian jasmine tea", "Nanning banana", "Nanning laoyou noodles")),
    ("According to your data, in what place does the China-ASEAN e-commerce summit take place?", F("Guangxi Zhuang Autonomous Region")),
    ("According to your data, where is the China-ASEAN e-commerce summit held?", F("Guangxi Zhuang Autonomous Region")),
    ("融安县在这个图谱里的连接关系列一下", F("采用模式: “电商+农民合作社+贫困户”模式")),
    ("On which date did Sina Guangxi publish the source story?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20')),
    ("Is the Sina source written in Simplified or Traditional Chinese?", P('"Guangxi e-commerce\'s new leap')),
    ("What is the file name of the corpus text the graph was built from?", F("000_344fe5bdacb1ee74.txt")),
    # round 149's wrong answers: a count asked, then 图谱有统计吗, is the count (never yes for the one village held); whether a
    # company is listed on a stock market is never held (never yes for it being an organisation)
    ("全广西被评为淘宝村的村子总共有几个，图谱有统计吗？", R()),
    ("百色芒果2017年销售额是多少，图谱里有数据吗？", V("3800000000")),
    ("至简云图是上市公司吗？", R()),
    ("Is DHgate a listed company?", R()),
    ("Is DHgate publicly traded?", R()),
    ("Which platforms are listed as settled in Guangxi?", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    # round 149's refusals
    ("Guangxi online retail Jan-Jul 2018 -- just the number pls, no essay", V("52800000000")),
    ("Floor space of the Nanning cross-border experience store?", V("8000")),
    ("For a trade brief: roughly how many jobs does e-commerce sustain in Guangxi, direct plus indirect?", V("120000")),
    ("Name the three noodle brands your graph files under 广西米粉.",
     L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("钦州那个国际商品直消中心具体在哪儿？", F("广西钦州保税港区")),
    ("lingyun tea - what county grows it??", F("Lingyun County")),
    ("My supplier is in Hantang village, Lingshan. Which prefecture city handles that area?", F("Qinzhou")),
    ("广西2017年个人网店数超过5万家了吗？", P("是: ")),
    ("which e-commerce heavyweights came into Guangxi to develop (入桂发展)?", L("DHgate", "Google", "JD.com", "Vipshop", "Zhijian Yuntu")),
    # round 150's wrong answers: a place described by a clause, then its prefecture asked (never the figure of the clause);
    # X出自<a county> is its origin, and 这个县 after it is that county (never the source)
    ("Rong'an, where kumquats jumped to 40 yuan a jin — its prefecture, please.", F("Liuzhou")),
    ("百色凌云茶出自凌云县，这个县上面的地级市是？", F("百色市")),
    ("融安金桔产自融安县，这个县属于哪个市？", F("柳州市")),
    ("“累计建成服务站点3101个”这句话出自哪里？", P("《广西电商新跨越 经济增长新引擎》")),
    ("What is connected to the cross-border e-commerce O2O offline experience store model?",
     L("Nanning cross-border goods direct-purchase experience centre —implements model→ Cross-border e-commerce O2O offline experience store",
       "Qinzhou Bonded Port Area international goods direct-sales centre —implements model→ Cross-border e-commerce O2O offline experience store")),
    ("百色凌云茶出自凌云县吗？", P("是: ")),
    # round 151's wrong answers: names of the things a count counts (only the count is held); a parent category and
    # what "that parent" drives; 跨境 with its own amount, as a share of all e-commerce (never the stated share of trade)
    ("Give me the names of the ASEAN firms that the China-ASEAN SME trade platform serves", R()),
    ("Guilin mifen → its parent category → what upstream farming does that parent pull along?",
     L("bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming")),
    ("What is the parent category of Guilin mifen?", L("Guangxi rice noodles")),
    ("Which broader product group is Guilin rice noodles part of?", L("Guangxi rice noodles")),
    ("桂林米粉属于哪个大类？", L("广西米粉")),
    ("桂林米粉归在哪个品类？", L("广西米粉")),
    ("跨境那425亿，在17年7056亿电商总盘子里占多大比例",
     L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)", "广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)", "2017年跨境电商交易额占电子商务交易额的 6.02%")),
    ("17年跨境的425亿在7056亿电商交易额里占几成",
     L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)", "广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)", "2017年跨境电商交易额占电子商务交易额的 6.02%")),
    # round 151's refusals: the varieties of a product are what it includes; ecommerce turnover is all e-commerce (no
    # product's sales); a bound after "over 2013-2017" is the number after "more than", never a year
    ("What are the Guangxi rice noodle varieties?", L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("Guangxi ecommerce turnover: bigger in full-year 2013 or in Jan-Jul 2018?", F("2018-01 to 2018-07")),
    ("Did Guangxi's e-commerce transactions grow by more than 50% a year on average over 2013-2017?",
     P("yes: Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3")),
    ("Guangxi online retail: bigger in 2013 or in Jan-Jul 2018?", R()),
    # round 152's wrong answers: firms counted (几千家) are never a sum of money; the source of a figure not held is not
    # held; a whole year asked is never the first seven months
    ("做跨境电商的广西公司，登记在册的有几千家？", R()),
    ("2019年螺蛳粉线上卖了多少，这个数据出自哪篇文章？", R()),
    ("2018全年广西电商交易额比2017全年多出多少？", R()),
    ("How much bigger was Guangxi's full-year 2018 e-commerce volume than full-year 2017?", R()),
    ("2017年螺蛳粉卖了多少，这个数据出自哪篇文章？", V("3000000000")),
    # round 151's refusals: everyday words (web retail, prior yr, a hall, showcases, landed in, bear as issuer, moved in
    # to develop, delivery/logistics sites) and an ISO date describing an event
    ("guangxi web retail, first seven months of 2018 — up how much vs same period prior yr?", V("13.4", "52800000000")),
    ("We're scouting retail venues: how many m² does the Nanning cross-border direct-purchase hall cover?", V("8000")),
    ("Journalist here — the article's count of counties nationally approved as rural e-commerce showcases?", V("47")),
    ("Last-mile question: tally of rural delivery/logistics sites Guangxi had in place as of mid-2018 (July)?", V("2228")),
    ("Name the cross-border trading platforms that relocated or landed in Guangxi (落户广西).", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("Which documents in the graph bear the regional government general office as issuer?",
     L("Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
       "Notice of the regional government's general office issuing the implementation plan of the \"Internet + circulation\" action plan")),
    ("Which leading internet companies moved in to develop business in Guangxi (入桂发展)?", L("DHgate", "Google", "JD.com", "Vipshop", "Zhijian Yuntu")),
    ("Venue city for the 2018-09-13 China–ASEAN Info Port e-com forum?", F("Nanning")),
    ("2018-09-13的中国-东盟信息港电子商务论坛在哪个城市举办？", F("南宁市")),
    # round 152's refusals and partial answers: a place's 特色产品 are the products from it; two rates compared, the
    # one asked for first with the order said; everyday words (seven-month, indirect jobs, demo counties, components of,
    # experience hall, links or roles, 带起来, 获准设, 开在什么园区, 在文章里是多少)
    ("河池和贵港各自被点名的特色产品是什么？", L("万寿谷核桃鸡", "河池长寿食品", "贵港富硒产品")),
    ("河池有哪些特色产品？", L("万寿谷核桃鸡", "河池长寿食品")),
    ("跨境电商同比增速和电商交易额年均增速哪个高？", F("广西壮族自治区 电子商务交易额年均增长率: 53.3 % (53.3%)")),
    ("跨境电商同比增速和网络零售同比增速哪个低？", F("广西壮族自治区 网络零售交易额同比增长: 13.4 % (13.4%)")),
    ("Writing a brief on Guangxi's consumer internet: the seven-month (Jan to Jul) 2018 online retail number, in yuan?", V("52800000000")),
    ("Employment effect of Guangxi's e-commerce sector — headcount, including indirect jobs?", V("120000")),
    ("The locally built SME trade platform for China and ASEAN — roughly how many Southeast Asian enterprises use its services?", V("200")),
    ("How many teas does the graph count as components of Guangxi's Guicha tea industry?", F("4")),
    ("Product range at the Nanning experience hall for imported goods: number of SKUs it stocks?", V("50000")),
    ("Count of Guangxi counties on MOFCOM's list of demo counties for bringing e-commerce to the countryside, per the article?", V("47")),
    ("The September 2018 Information Harbor e-commerce forum was organised around how many themes for discussion?", F("3")),
    ("Bottom of the 2017 sales table: which product had the lowest turnover?", F("Hantang fruit seedlings")),
    ("一根米粉带起来的上游产业分别是啥", L("竹笋种植", "螺蛳养殖", "豆角种植")),
    ("最终消费拉动全区经济增长的贡献率在文章里是多少？", V("50")),
    ("国务院那份批复里，获准设跨境电商综合试验区的城市总共是几个？", V("22")),
    ("钦州那家国际商品直销中心开在什么园区里", F("广西钦州保税港区")),
    ("支撑广西电商发展的政策文件，图谱一共收了几份？", F("6")),
    ("支持电子商务发展的政策文件有几份？", F("6")),
    ("Show me the source sentence proving SAP (思爱普) landed in Guangxi.", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth"')),
    # round 153's wrong answer: the places a model is in (county-level cities), their prefectures asked: each one's
    # prefecture, the way up said (never the cities themselves)
    ("边境上搞互市贸易+跨境电商的那两座城市，上级地级市分别是？", L("防城港市", "崇左市")),
    ("互市贸易+跨境电商模式在哪些城市？", L("东兴市", "凭祥市")),
    # round 153's refusals and partial answers: a thing "in the article" or a figure "reported for" a place asks no
    # source; words tied to the named thing describe it; self-introductions; everyday words
    ("As of July 2018, what was the cumulative rural online retail figure reported for Guangxi?", V("5900000000")),
    ("Where is the golden camellia tea in the article grown?", F("Fangchenggang")),
    ("Seedling e-commerce village Hantang: name its prefecture-level city.", F("Qinzhou")),
    ("Which tea varieties is the Guangxi Guicha sector made of?",
     L("Baise Lingyun tea", "Fangchenggang golden camellia tea", "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    ("想去南宁那个跨境直购体验中心逛逛，它场地有多大？", V("8000")),
    ("Journalist fact-check — the article's tally of demonstration counties for rural e-commerce in Guangxi is what?", V("47")),
    ("We're a Vietnamese SME. How many companies from ASEAN already use the China-ASEAN small-business trade promotion platform?", V("200")),
    ("In that State Council approval letter on comprehensive pilot zones, what's the total number of cities named?", V("22")),
    ("Qinzhou's international goods direct-sales center — into which other provinces has it grown its business?", L("Hunan", "Jiangxi", "Sichuan")),
    ("Qinzhou's international goods direct-sales centre — what area/zone is it in?", F("Guangxi Qinzhou Bonded Port Area")),
    ("跑中越边贸的，问下凭祥归哪个地级市", F("崇左市")),
    ("Trade partner from Vietnam here: Dongxing sits in which of Guangxi's prefecture cities?", F("Fangchenggang")),
    ("Among the 3 specialties (banana/mango/luosifen), bottom seller in 2017?", F("Liuzhou river-snail rice noodles")),
    ("golden kumquats sold at 40 a jin — which place grows them?", F("Rong'an County")),
    ("Fact-check for a feature: does e-commerce reach more than 70 percent of Guangxi's countryside?", P("yes: ")),
    ("Oldest data point on Guangxi e-commerce turnover available — what year, what amount?", V("126600000000")),
    ("For my macro note: what is final consumption's contribution to Guangxi's economic growth, per this source?", V("50")),
    # back-calculations said in everyday words: add up (a total, no check), 往回推 / 反算 (the earlier level), after +28.8%
    # (its growth), 按…推算 (a premise), the implied national count (the whole of a share)
    ("Add up the 2017 sales of the banana, mango and luosifen figures — what's the sum?", P("combined: at least 14800000000")),
    ("按28.8%的增速往回推，2016年跨境电商大概做了多少亿？", P("广西壮族自治区 跨境电商交易额: 42500000000")),
    ("用425亿和28.8%反算一下，16年跨境电商大概做了多少", P("广西壮族自治区 跨境电商交易额: 42500000000")),
    ("If cross-border e-com hit 42.5bn yuan in 2017 after +28.8%, what was 2016's level?",
     P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000")),
    ("按跨境电商交易额和所占比重推算，2017年广西进出口总额大概多少？", V("42500000000", "11")),
    ("Guangxi's online shops were 0.8% of the national total — so what's the implied national count?", V("54935", "0.8")),
    # round 154's wrong answers: firms that moved into Guangxi came to develop there (Google: yes); a home city then
    # the prefecture it sits under (Hengzhou, under Nanning); 人均每家面积 is area per merchant (家 counts merchants)
    ("Did 谷歌/Google make the article's list of firms that moved into Guangxi?", P("yes: Google")),
    ("The jasmine tea's home city sits under which prefecture?", F("Nanning")),
    ("8000平米、超400家商家，人均每家面积大约几平方米", F("面积 ÷ 入驻商家数：约 20 平方米")),
    # round 154's refusals: asides in brackets (the Taobao one, not the Jiangxi one, old hengxian); everyday words
    ("Guanxi cross border e-comerce trade value 2017 — number pls", V("42500000000")),
    ("What % of regional economic expansion came from final consumption, as the Sina story puts it?", V("50")),
    ("Count the government policy papers the story cites as safeguarding e-commerce growth.", F("6")),
    ("guangxi personal e-shops tally for 2017", V("54935")),
    ("border towns experimenting with hushi trade + cross border ecommerce — which ones", L("Dongxing (county-level city)", "Pingxiang (county-level city)")),
    ("九月中旬那场信息港电商论坛，开会地点是广西哪个城市", F("南宁市")),
    ("Hantang village (the Taobao one) — location?", F("Wuli Town")),
    ("出凌云白毫茶的凌云县，行政上属于哪个市", F("百色市")),
    ("Pingxiang in Guangxi (not the Jiangxi one): prefecture-level parent?", F("Chongzuo")),
    ("hengzhou (old hengxian) – parent prefecture city?", F("Nanning")),
    ("进入广西发展、被报道列名的电商龙头一共多少个？", F("5")),
    ("广西为电商发展出台过哪些政策文件？列一下", L("广西电子商务发展“十三五”规划", "广西电子商务精准扶贫三年行动计划（2018-2020）", "广西电子商务进农村三年规划",
                                      "自治区人民政府关于加快电子商务发展的若干意见", "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
                                      "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("南宁有没有入选那批22个跨境电子商务综合试验区", P("是: ")),
    ("What text supports the claim that Hantang Village became a Taobao village?", P("“In 2017 the annual sales of Hantang Village's fruit seedlings")),
    # rounds 152-154's refusals: three figures of one thing ranked (the order said); the largest figure in yuan or percent
    # said in other words
    ("服务站点、物流配送网点、农产品网销单品，这三个累计数哪个最大？", F("农村电商服务站点数（累计）")),
    ("Of service stations, delivery outlets and online products, which cumulative count is the smallest?",
     F("agricultural products developed for online sale (cumulative)")),
    ("Biggest RMB figure stored anywhere in the graph — what and for which period?", P("Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000")),
    ("Largest yuan-denominated value anywhere in your data?", P("Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000")),
    ("Which Guangxi growth percentage in the data tops the rest?", P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3")),
    # a kind as the source names it (电商品牌活动, brand campaigns): the things its sentence calls so, six, not every event
    ("系列电商品牌活动总共列了几项？", F("6")),
    ("文章里的电商品牌活动有哪些？", L("“党旗领航•电商扶贫 我为家乡代言”", "“壮族三月三”电商节", "“老字号”电商大集", "广西特产网上行", "电商年货节", "电商精准扶贫促销")),
    ("How many branded e-commerce promo campaigns (like the Sanyuesan festival) does the graph record?", F("6")),
    ("Which percentage is the lowest: cross-border share of trade, shop share of the national total, or rural e-commerce coverage?",
     F("share of all shops in China")),
    # round 155's wrong answer: a lead that only names a place, then which thing is there: never where the place is
    ("The city where the Info Harbor forum takes place — which cross-border experience centre is located there?", R()),
    # round 155's partial answer and refusals: the city using the same model as Dongxing (never Dongxing itself);
    # everyday words (slice of, beneath, 30-odd, co-ops, net increase, 拉动作用, 挂靠, 设区的市, 上头管它, 摊多少面积)
    ("和东兴采用同一种模式的城市，归哪个地级市管？", L("崇左市")),
    ("Which prefecture governs the city that uses the same model as Dongxing?", L("Chongzuo")),
    ("电商对广西就业的拉动作用，估计的人数是多大规模？", V("120000")),
    ("Consumption's contribution rate to regional GDP growth — what number does the article give?", V("50")),
    ("List the leading e-commerce companies that moved into Guangxi to develop (the ones named alongside DHgate).",
     L("DHgate", "Google", "JD.com", "Vipshop", "Zhijian Yuntu")),
    ("Which inland provinces does the Qinzhou bonded-zone outlet now do business in?", L("Hunan", "Jiangxi", "Sichuan")),
    ("Booking travel: venue city and day of the Info Port e-commerce forum?", L("Nanning", "2018-09-13")),
    ("the Lingyun tea sold online — which county grows it?", F("Lingyun County")),
    ("Administratively, Fengshan County sits beneath what city?", F("Hechi")),
    ("边贸重镇凭祥在行政上挂靠哪一个设区的市？", F("崇左市")),
    ("Net increase in yuan of the region's e-commerce turnover, 2013→2017?", V("53.3", "126600000000", "705600000000")),
    ("18年1至7月份，网络零售额占电商交易总额的百分比算出来是多少？", V("52800000000", "422000000000")),
    ("南宁直购中心8000平米、400多家商户，平均一家商户摊多少面积？", F("面积 ÷ 入驻商家数：约 20 平方米")),
    ("文章列举的那一系列电商政策文件（意见、通知、规划、行动计划），一共有几份？", R()),
    ("Guangxi's slice of China's total shop count in 2017, as a percent?", V("0.8")),
    ("政府办公厅（不是政府本身）出的电商类文件，图谱里有哪几份？",
     L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见", "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("Hantang village (seedling e-commerce) — prefecture?", F("Qinzhou")),
    ("京东这个节点有几条边？各指向什么？", L("入桂发展: 广西壮族自治区", "开展农村电商业务: 广西壮族自治区")),
    ("Neighbours of the node 'Internet + circulation' (互联网+流通)?",
     L("Notice of the regional government's general office issuing the implementation plan of the \"Internet + circulation\" action plan —supports→ \"Internet + circulation\"")),
    # round 156's wrong answer: Guangxi-level policy papers are never the State Council's reply that names Nanning (a
    # place named as a condition on documents is tied to them directly, not through a city within it)
    ("Count the Guangxi-level e-commerce policy papers the Sina piece mentions, please.", R()),
    ("哪些政策文件提到了南宁？", L("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复")),
    # round 156's refusals and partial answers: a share of "the 2017 e-commerce total" is of all e-commerce; the basis
    # asked as a document is never the article; asides and everyday words
    ("What share of the 2017 e-commerce total did cross-border trade account for?", V("42500000000", "705600000000")),
    ("南宁获批跨境电商综试区，依据是哪份文件，什么时候发的", R()),
    ("写稿要用：百色那边的芒果，2017年一年卖出去多少钱？", V("3800000000")),
    ("农村地区电商覆盖比例现在有多高，文章里给的数是多少", V("70")),
    ("For a GIS join I need Pingxiang's six-digit admin code (the border city under Chongzuo).", F("451481")),
    ("The 2018 Nanning e-commerce forum: how many agenda themes were lined up for discussion?", F("3")),
    ("Snail farming etc. — what are all the upstream businesses Guangxi rice noodles are credited with boosting?",
     L("bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming")),
    ("Tea importer asking: Lingyun tea, which county is its home?", F("Lingyun County")),
    ("Hengzhou (ex-Hengxian, the jasmine tea place) is governed by which prefecture?", F("Nanning")),
    ("Quote the line of text that makes Hantang a Taobao village.", P("“In 2017 the annual sales of Hantang Village's fruit seedlings")),
    ("Growth-rate check: 2017 cross-border e-commerce versus Jan–Jul 2018 online retail — which expanded more quickly?",
     F("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth: 28.8 percent (28.8%)")),
    # words tied to the thing named are waived only as a description of it: never a body that is a party to it, and
    # never in a claim checked (the commerce department is the forum's organiser, not its host)
    ("Hosting vs organising: did the commerce department host the Sept 2018 forum?", R()),
    ("Rong'an kumquats: old per-jin price vs the price reached through the co-op model?", F("price after the model 40元/斤 > price before the model 2元/斤")),
    # round 157's wrong answers: the firms an article names (点了哪几家的名) are a list, never the article; the names
    # of things a count counts asked as 能给出名字吗 (refused, never "yes"); a statement of what a place is, then its
    # prefecture asked (the prefecture, never the statement checked); a prefecture 在文章里以什么产品出名 (never the article)
    ("来广西发展的电商龙头公司，文章点了哪几家的名？", L("京东", "唯品会", "敦煌", "至简云图", "谷歌")),
    ("东盟那边被中小企业贸易促进平台服务的企业，能给出名字吗", R()),
    ("Jingxi is a county-level city; its prefecture, please?", F("Baise")),
    ("凤山县所在的地级市在文章里以什么产品出名？", R()),
    # round 157's refusals: everyday words and asides (compounded, employment impact, SKU origins, a Chinese gloss in
    # brackets, special customs zone, walnut chicken country, on the Vietnamese frontier, relations / linked items, 四样)
    ("From 2013 through 2017, Guangxi e-commerce turnover compounded at what rate each year?", F("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3 percent (53.3%)")),
    ("Employment impact: headcount of jobs e-commerce drives in Guangxi, direct plus indirect", V("120000")),
    ("SKU origins at Nanning's cross-border experience hall — which regions are represented?", L("ASEAN", "Australia", "Europe and America")),
    ("Issuer check: list the documents whose issuing body is the General Office (办公厅) of the Guangxi government.",
     L("Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
       "Notice of the regional government's general office issuing the implementation plan of the \"Internet + circulation\" action plan")),
    ("The Qinzhou intl goods direct sales centre sits inside which special customs zone?", F("Guangxi Qinzhou Bonded Port Area")),
    ("Fengshan xian (walnut chicken country) is governed by which municipality?", F("Hechi")),
    ("Pingxiang on the Vietnamese frontier reports to which prefecture-level city?", F("Chongzuo")),
    ("有2017年销售数据的几样农特产品，垫底的是哪个", F("汉塘村果苗")),
    ("按个人网店数看，广西在西部各省里名次如何（2017）", V("54935", "3")),
    ("Lingshan county sits under Beihai municipality, correct?", P("no: ")),
    ("这些数据来源的那篇文章标题叫什么？", F("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，" + SINA)),
    # round 158's wrong answer and partial answers: 上头的 (above it) is the level above, never what lies below; a place
    # read from a phrase, then only its name asked (叫啥), is that place; 排头名的是哪个 is the highest; 占了几个百分点 a share
    ("灵山县上头的地级市是哪个", F("钦州市")),
    ("灵山县的上级地级市叫啥", L("钦州市")),
    ("灵山县上头那个地级市叫啥", L("钦州市")),
    ("2017年，南宁香蕉、百色芒果和柳州螺蛳粉里面销售额排头名的是哪个？", F("南宁香蕉")),
    ("2017年跨境电商交易额在当年电子商务交易总额里占了几个百分点？",
     L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)", "广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)", "2017年跨境电商交易额占电子商务交易额的 6.02%")),
    # round 158's refusals: everyday words (penetrated, sessions-per-person, heavyweights coming into Guangxi to develop,
    # backing Guangxi e-commerce, prefectural, 代为管理, border port city, 有边, 占上风, 四十块, source line, saplings, -brand)
    ("How far had e-commerce penetrated Guangxi's countryside — the coverage percentage, please.", V("70")),
    ("how many e-commerce heavyweights are recorded as coming into Guangxi to develop?", F("5")),
    ("Lingyun County — under whose prefectural jurisdiction?", F("Baise")),
    ("横州这个县级市归哪个地级市代为管理？", F("南宁市")),
    ("Which prefecture does the border port city of Dongxing answer to?", F("Fangchenggang")),
    ("唯品会这家公司跟图谱里哪些节点有边？", L("入桂发展: 广西壮族自治区")),
    ("农村电商服务站点对比物流配送网点（截至18年7月），谁的数量占上风？", F("农村电商服务站点数（累计） 3101个 > 物流配送网点数（累计） 2228个")),
    ("Smallest figure expressed in percent that the graph stores?", F("Guangxi Zhuang Autonomous Region share of all shops in China: 0.8 percent (0.8%)")),
    ("Lingyun-brand tea from Baise — name the producing county.", P("Baise Lingyun tea: Lingyun County")),
    ("Where's Hantang village, the one that sells fruit saplings online?", P("Hantang Village is in Wuli Town")),
    # round 159's wrong answers: 报道里数下来 is where things are counted, no source asked; farming that sits upstream
    # is the upstream relation, not where; a number given names the whole (7056亿 total), never a stated share's whole
    ("营造电商促销氛围的那一串品牌活动，报道里数下来是几项？", F("6")),
    ("Supply-chain question: what farming activities sit upstream of the Guangxi mifen business?", L("bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming")),
    ("Compute: 425亿 of cross-border over the 7056亿 total for 2017 — percent?", L("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000 yuan (CNY) (425亿元)",
       "Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000 yuan (CNY) (7056亿元)",
       "cross-border e-commerce transaction volume was 6.02% of e-commerce transaction volume (2017)")),
    ("What percent of the 7056亿 total in 2017 was the 425亿 cross-border figure?", L("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000 yuan (CNY) (425亿元)",
       "Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000 yuan (CNY) (7056亿元)",
       "cross-border e-commerce transaction volume was 6.02% of e-commerce transaction volume (2017)")),
    # a place asked which place of its own level it is (南宁是哪个地级市): itself, said so, never the places above it alone
    ("南宁是哪个地级市？", L("南宁市")),
    ("What city is Liuzhou in?", L("Liuzhou")),
    ("The city where the Info Harbor forum takes place — which prefecture is it?", L("Nanning")),
    ("凌云县属于哪个市？", L("百色市")),
    # rounds 159-160's refusals: everyday words (从业者做的培训, setup kicked in, attributed to, escorting, 茶叶品牌, 叫什么 after
    # a count, jasmine-flower, which place produces it, 行政隶属, shi, prefecture-wise, 周边连着, edges touching it, active
    # in, filed as, bricks-and-mortar, does it feed, feeding this graph, work out, 文章点了, 文章里 then a year, 村民说,
    # forming, 落户 as established a presence, 来桂, branded promotion events, governed from, its graph relations, 谁胜出,
    # 招牌货, counties/districts/county-level cities, least subdivided, cross-border trade, go online, 哪一类; 它们各自的)
    ("写稿核数据：到2018年7月为止，广西给农村电商从业者做的业务培训，累计规模是多少人次？", V("200000")),
    ("rong'an kumquats - going rate per jin once the co-op + e-commerce setup kicked in?", V("40")),
    ("Labour-market angle: what headcount of employment is attributed to Guangxi's online commerce (direct + indirect)?", V("120000")),
    ("Policy tally: number of regional documents named as escorting (保驾护航) e-commerce development?", F("6")),
    ("撑起广西桂茶这个产业的茶叶品牌，文中一共点了几个？", F("4")),
    ("跨境电商平台里，最后落户到广西的一共几家？叫什么？", F("3")),
    ("That jasmine-flower tea in the story — which place produces it?", L("Hengzhou (county-level city)")),
    ("灵山县的行政隶属：哪个地级市？", L("钦州市")),
    ("lingyun xian -> which shi is it under??", L("Baise")),
    ("Qinzhou Bonded Port Area, prefecture-wise, belongs where?", L("Qinzhou")),
    ("凤山县这个节点，周边连着哪些实体？", F("采用模式: “万寿谷核桃鸡产业+电商+贫困户”联动")),
    ("Show Dongxing's connections — every edge touching it.", F('adopts model: "Border trade + cross-border e-commerce" model')),
    ("Jingdong / JD: what edges does it have here?", L("came to develop in: Guangxi Zhuang Autonomous Region", "operates rural e-commerce in: Guangxi Zhuang Autonomous Region")),
    ("Quick check — is 乐村淘 active in Guangxi's countryside e-commerce, yes or no?", P("yes")),
    ("Is Guilin mifen filed as a subtype of the broader Guangxi rice-noodle category?", P("yes")),
    ("Pingxiang: is it building that bricks-and-mortar cross-border e-com monitoring center?", P("yes")),
    ("Guilin noodles' parent category — what downstream business does it feed?", L("online e-commerce")),
    ("Publisher and language of the article feeding this graph?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi')),
    ("Work out online retail as a proportion of total e-commerce for Guangxi, Jan through Jul 2018.", P("Guangxi Zhuang Autonomous Region online retail sales: 52800000000 yuan")),
    ("文章点了哪几种广西米粉？都列一下", F("桂林米粉 —属于品类→ 广西米粉")),
    ("文章里2017年卖得最好的广西特色农产品是哪样？", F("南宁香蕉")),
    ("汉塘村民说每年能赚到多少钱？", V("100000–200000")),
    ("count of teas forming the Guicha industry?", F("4")),
    ("Which CBEC platforms established a presence (落户) in Guangxi? names only", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("请把来桂发展的电商领军企业逐一列出", L("京东", "唯品会", "敦煌", "至简云图", "谷歌")),
    ("Which branded e-commerce promotion events does the article list?", F('"Party flag leads, e-commerce against poverty: I speak for my hometown"')),
    ("jingxi (靖西) is governed from which prefecture city??", L("Baise")),
    ("Fengshan County: list its graph relations.", F('adopts model: "Wanshougu walnut-chicken industry + e-commerce + poor households" linkage')),
    ("2017跨境电商交易额 vs 2018年1至7月网上零售交易额：数值上谁胜出", F("网络零售交易额 528亿元 > 跨境电商交易额 425亿元")),
    ("香蕉、芒果、螺蛳粉这三个广西招牌货，2017年销售冠军是谁", F("南宁香蕉")),
    ("Top prefecture by count of counties/districts/county-level cities in Guangxi?", L("Guilin: 17")),
    ("least subdivided prefecture-level city of guangxi (fewest county-tier units)??", L("Beihai: 4", "Fangchenggang: 4", "Qinzhou: 4")),
    ("Which posted the steeper year-on-year rise — cross-border trade in 2017 or online retail over Jan-Jul 2018?",
     P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth: 28.8 percent")),
    ("On which day did the source article go online?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20')),
    ("哪些边境城市在探索互市贸易加跨境电商？它们各自的上级市是谁？", L("东兴市", "凭祥市", "防城港市", "崇左市")),
    ("Which border cities explore the border trade + cross-border e-commerce model? Which prefecture is each one in?",
     L("Dongxing (county-level city)", "Pingxiang (county-level city)", "Dongxing (county-level city): Fangchenggang", "Pingxiang (county-level city): Chongzuo")),
    ("服务站点与配送网点，截止2018年7月哪一类建成数量更大", F("农村电商服务站点数（累计） 3101个 > 物流配送网点数（累计） 2228个")),
    # a figure the graph states of a thing, said before its name (原本2元一斤的金桔), tells which thing is meant: no figure
    # asked; one it does not state is said to differ; a node named with its kind (这个机构节点, the X node) is its links
    ("原本2元一斤的金桔产自哪个县？那个县又归哪个地级市？", L("融安县", "柳州市")),
    ("开了30多家线下店的钦州国际商品直销中心，设在什么地方？", L("广西钦州保税港区")),
    ("卖了50亿的柳州螺蛳粉产自哪里？", L("柳州市")),
    ("自治区政府办公厅这个机构节点，连出去的边有哪些", P("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见 —发布机关→ 自治区人民政府办公厅")),
    ("综试区 (CBEC comprehensive pilot zone) node — dump its neighbours", P("Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing —establishes→")),
    ("In your knowledge graph, which edges touch the PRC State Council node and where do they point?",
     L("Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing —issued by→ State Council")),
    ("Give me the verbatim passage where the kumquat price jump (2→40 yuan/jin) is reported.", P('“Through the "Wanshougu walnut-chicken industry')),
    ("I need the exact sentence that gives Guangxi's 2017 e-commerce volume.", P('“As the "E-commerce Guangxi, E-commerce ASEAN" project')),
    ("汉塘村民说收入十几万，原话怎么讲的", F("“我们种植果苗、从事网上果苗销售的村民，每年收入都有十几万！”")),
    # the thing run the same way as one named, where it is (相同的设施位于哪座城市): the other one's place, never the named one's
    ("跟钦州保税港区国际商品直销中心运营模式相同的设施位于哪座城市", L("南宁市")),
    ("跟钦州保税港区国际商品直销中心运营模式相同的另一家设施位于哪座城市", L("南宁市")),
    ("Which city is the facility that implements the same model as the Qinzhou Bonded Port Area international goods direct-sales centre in?", L("Nanning")),
    ("还有哪个设施和南宁跨境商品直购体验中心采用同样的模式？", L("钦州保税港区国际商品直销中心")),
    ("凭祥在哪个城市？", L("崇左市")),
    ("Jingdong / JD: what edge does it have here?", L("came to develop in: Guangxi Zhuang Autonomous Region", "operates rural e-commerce in: Guangxi Zhuang Autonomous Region")),
    ("Did cross-border trade make up more than fifteen percent of Guangxi's 2017 foreign trade?", P("no: Guangxi Zhuang Autonomous Region cross-border e-commerce as share of total imports and exports")),
    ("Back out the nationwide shop total for 2017 from Guangxi's 54,935 being 0.8% of it.", P("Guangxi Zhuang Autonomous Region individual online shops: 54935")),
    ("Implied national shop total, given Guangxi's 54935 individual shops equal 0.8% of China's?", L("Guangxi Zhuang Autonomous Region individual online shops: 54935 count (54935家)", "Guangxi Zhuang Autonomous Region share of all shops in China: 0.8 percent (0.8%)", "nationwide (worked out): about 6866875 count")),
    ("2017年卖了38亿的芒果出自哪个地级市？", F("百色市")),
    # each thing's figure asked (各产品的销售额是多少, with their figures): the figures, never only the names or their count
    ("What were each product's sales in 2017?", V("3800000000", "160000000", "3000000000", "8000000000")),
    ("各产品2017年的销售额是多少？", V("3800000000", "160000000", "3000000000", "8000000000")),
    ("有2017年销售额数字的那些产品，一个个列出来带上数字", V("3800000000", "160000000", "3000000000", "8000000000")),
    ("List the products with 2017 sales, with their figures.", V("3800000000", "160000000", "3000000000", "8000000000")),
    ("Among the percentage indicators held for Guangxi, which one is the highest?", P("Guangxi Zhuang Autonomous Region rural e-commerce coverage: more than 70 percent")),
    ("凤山模式里的产品出自哪个县，该县属于哪个地级市", L("凤山县", "河池市")),
    # a place's thing (Qinzhou's imported-goods direct-sales hub): the thing, its place said only to tell which
    ("Trade partner here: we need the physical location of Qinzhou's imported-goods direct-sales hub. Where is it?", F("Guangxi Qinzhou Bonded Port Area")),
    ("What does Wuzhou's Liubao tea belong to?", L("Guangxi tea (Guicha) industry")),
    # what each of two things joined by or / 和…各 did (issued by A or its General Office): each asked alone, all given
    ("Which policies were issued by the Guangxi People's Government or its General Office?",
     L("Opinions of the regional government on accelerating e-commerce development",
       "Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
       'Notice of the regional government\'s general office issuing the implementation plan of the "Internet + circulation" action plan')),
    ("Enumerate e-commerce policy papers whose issuing body is either the Guangxi People's Government or its General Office.",
     F("Opinions of the regional government on accelerating e-commerce development")),
    ("自治区人民政府和自治区人民政府办公厅各发布了哪些政策？", F("自治区人民政府关于加快电子商务发展的若干意见")),
    ("Enumerate the border cities exploring the border trade model.", L("Dongxing (county-level city)", "Pingxiang (county-level city)")),
    # round 161's wrong answers: the names of the 47 counties are not held (refused, never yes with the count); the
    # prefecture that oversees a place is the one above it; the body that supplied the figures is not recorded
    # (refused, the source said); e-commerce volume of the national total is no share of shops; which county and province
    ("Can you enumerate every one of the 47 counties that got the national rural e-commerce demo title?", R()),
    ("Hengxian jasmine tea: name the prefecture that oversees its home county-level city.", L("Nanning")),
    ("Which prefecture oversees Hengzhou?", L("Nanning")),
    ("这篇文章里的统计数据是哪个部门提供的？", R()),
    ("Guangxi's 2017 e-commerce volume as a percent of the national total?", R()),
    ("广西2017年电商交易额的全国占比是多少？", R()),
    ("广西个人网店的全国占比是多少？", V("54935", "0.8")),
    ("What share of the national total were Guangxi's online shops in 2017?", V("0.8")),
    ("Hantang Village: which county and province is it in?", L("Lingshan County", "Guangxi Zhuang Autonomous Region")),
    ("Hantang Village: which county and prefecture is it in?", L("Lingshan County", "Qinzhou")),
    # round 161's refusals: everyday words (X-driven employment, 点了几家的名, regions that supply the goods at X, Cnty,
    # 地级市 in an English question, reported sales, share of China's shops, pull upstream, 一根米粉串起产业链, 种植养殖,
    # a line supporting a claim, written in English or Chinese, 原文有几家)
    ("E-commerce-driven employment in Guangxi, direct plus indirect: about how many people?", V("120000")),
    ("落户广西的跨境电商平台，原文点了几家的名", F("3")),
    ("落户广西的跨境电商平台，原文有几家？", F("3")),
    ("Which source regions supply the 50,000+ SKUs at Nanning's direct-purchase experience centre?", P("ASEAN")),
    ("Fengshan Cnty falls under which city (地级市)?", L("Hechi")),
    ("Bonded port zone of Qinzhou: which 地级市 is it under?", L("Qinzhou")),
    ("Which product in the graph has the highest reported annual sales for 2017?", F("Nanning banana")),
    ("Was Guangxi's share of China's online shops above 1% in 2017?", P("no: Guangxi Zhuang Autonomous Region share of all shops in China")),
    ("一根米粉串起产业链，那上游具体拉动了什么种植养殖？", L("竹笋种植", "螺蛳养殖", "豆角种植")),
    ("Rice-noodle supply chain: does it pull bamboo-shoot cultivation upstream?", P("yes")),
    ("Quote me the exact line supporting 'forty-seven demo counties'.", P("“The comprehensive demonstration project of e-commerce in rural areas")),
    ("Is the Sina piece written in English or Chinese?", L('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20, http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml',
                                                          "language: Simplified Chinese (zh-Hans)")),
    # a bound before a number on a list of a kind (sales above 8 billion yuan): those past it, never a ranking of all
    ("Which product had 2017 sales above 8 billion yuan?", L("Nanning banana")),
    ("Which products had 2017 sales above 3 billion yuan?", L("Baise mango", "Liuzhou river-snail rice noodles", "Nanning banana")),
    ("Which products had 2017 sales below 1 billion yuan?", L("Hantang fruit seedlings")),
    ("How many products had 2017 sales of more than 3 billion yuan?", F("3")),
    ("Which product had 2017 sales above 8 billion yuan, and which city is it from?", L("Nanning banana", "Nanning")),
    # the host of a thing named in English (the host of the forum, the forum's host), then what it did; X and who else
    ("Which policy did the host of the forum issue?", L("Opinions of the regional government on accelerating e-commerce development")),
    ("What policy paper did the forum's host issue?", L("Opinions of the regional government on accelerating e-commerce development")),
    ("Which body is the host of the forum?", L("People's Government of Guangxi Zhuang Autonomous Region")),
    ("Which department is the organiser of the forum?", L("Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("东兴市上面那个地级市产的是哪种茶", L("防城港金花茶")),
    ("Who are the e-commerce heavyweights that 'entered Guangxi to develop' — JD and who else?", L("DHgate", "Google", "Vipshop", "Zhijian Yuntu")),
    # round 162's wrong answers: goods sourced from somewhere come from there (no source asked); the organiser of the
    # forum taking place in a city read from a phrase; a difference with the same months of another year not held
    ("The 50k+ SKUs sold at Nanning's cross-border O2O centre are sourced from which parts of the world?",
     L("Nanning cross-border goods direct-purchase experience centre product SKUs: more than 50000 count (5万多个)", "ASEAN", "Australia", "Europe and America")),
    ("Where are the goods of the Nanning direct-purchase centre sourced from?",
     L("offers products from: ASEAN", "offers products from: Australia", "offers products from: Europe and America")),
    ("Which department organised the forum taking place in the city that Nanning bananas come from?",
     F("Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("2018年1-7月广西电商交易额较2017年同期多出多少亿？", R()),
    ("How much higher was Guangxi's Jan-Jul 2018 e-commerce volume than the same period of 2017?", R()),
    ("2018年1-7月的交易额比2013年全年多多少？", F("295400000000 元")),
    ("Jiangxi, Sichuan... which provinces did the Qinzhou bonded-port centre's business spread into?", L("Hunan", "Jiangxi", "Sichuan")),
    # round 162's refusals: graph neighbourhood, nodes next to X, 周围挂着, out-sold, at the prefecture tier
    ("Show the graph neighbourhood of Rong'an County.", F('adopts model: "E-commerce + farmers\' cooperative + poor households" model')),
    ("Which nodes sit next to Liubao tea from Wuzhou?", F("originates from: Wuzhou")),
    ("凤山县这个节点周围挂着什么？", F("采用模式: “万寿谷核桃鸡产业+电商+贫困户”联动")),
    ("Snail noodles from Liuzhou against mangoes from Baise: who out-sold whom in 2017?", F("Baise mango")),
    ("Lingyun tea's home county is administered by which city at the prefecture tier?", L("Baise")),
    ("We're a Malaysian exporter — how many ASEAN businesses has that locally built SME trade promotion platform worked with so far?", V("200")),
    ("Is Google listed with the firms expanding into Guangxi?", P("yes: Google —came to develop in→")),
    # round 163's wrong answers: a figure said of a name in a relative clause after it (the kumquats that jumped from 2
    # to 40 yuan a jin) tells which thing is meant, its place of origin asked; "according to the data" asks no source
    ("the kumquats that jumped from 2 to 40 yuan a jin — what's their place of origin?", L("Rong'an County")),
    ("who carries the 'Taobao village' title according to the data?", L("Hantang Village")),
    ("Which products, according to the graph, come from Baise?", L("Baise Lingyun tea", "Baise mango")),
    # round 164's wrong answers: a name doing what a clause about another says only tells which one is meant (its
    # figures are never the other's); 南宁的市长 is no 南宁市 with 长 left over; goods coming from somewhere (的货都从);
    # a first sentence ended by a semicolon that the question names again is context
    ("What's the headcount of the e-commerce lecturer team Guangxi set up?", R()),
    ("What's the headcount of the e-commerce lecturer team set up by Guangxi?", R()),
    ("论坛举办地南宁的市长叫什么名字？", R()),
    ("南宁跨境商品直购体验中心的货都从哪些地方来", L("东盟", "欧美", "澳洲")),
    ("The Nanning centre sources goods from ASEAN; which platform in the graph serves ASEAN?", L("China-ASEAN SME Trade Promotion Platform")),
    ("Where does the Nanning centre source goods from?", L("ASEAN", "Australia", "Europe and America")),
    # round 164's refusals: teas that together form a group, a purpose clause (to build an atmosphere), the forum
    # called an e-commerce event, landed where, most numerous, how a price differed before and after, 推出来, put out,
    # foreign trade (imports+exports); a document named with what it is about
    ("Name the teas that together form the Guangxi Guicha industry",
     L("Baise Lingyun tea", "Fangchenggang golden camellia tea", "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    ("What brand events did Guangxi hold to build an e-commerce promotion atmosphere?",
     L('"Party flag leads, e-commerce against poverty: I speak for my hometown"', '"Time-honoured brands" e-commerce fair',
       '"Zhuang Sanyuesan" e-commerce festival', "E-commerce New Year goods festival", "E-commerce targeted poverty-alleviation promotions",
       "Guangxi specialties online")),
    ("Forum topics for the 2018 China-ASEAN Info Harbor e-commerce event - list them",
     L("cross-border e-commerce", "coordinated development of e-commerce and logistics", "rural e-commerce development")),
    ("Alibaba's OneTouch (一达通) landed where?", L("Guangxi Zhuang Autonomous Region")),
    ("Cumulative to July 2018: stations, delivery outlets, or online-sale farm products - which is most numerous?",
     F("rural e-commerce service stations built (cumulative)")),
    ("Rong'an kumquats: how did the price per jin differ before vs after the e-commerce + co-op model?",
     P("Rong'an kumquat price before the model: 2 yuan per jin")),
    ("2016年的跨境电商交易额能从2017年的增速推出来吗？大概多少",
     L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)", "广西壮族自治区 跨境电商交易额同比增长: 28.8 % (28.8%)",
       "2016年广西壮族自治区跨境电商交易额（推算）约 32996894410 元", "增加了约 9503105590 元")),
    ("Which government body put out the implementation plan notice for 'Internet + circulation'?",
     L("General Office of the People's Government of Guangxi Zhuang Autonomous Region")),
    ("Estimate Guangxi's 2017 foreign trade (imports+exports) from the cross-border figure and its ~11% share",
     L("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000 yuan (CNY) (425亿元)",
       "Guangxi Zhuang Autonomous Region cross-border e-commerce as share of total imports and exports: about 11 percent (11%)",
       "total imports and exports (worked out): about 386363636364 yuan (CNY)")),
    # round 165's wrong answer: a thing comes from a place that also produces what else (never the place itself)
    ("Nanning laoyou noodles come from a prefecture that also produces what else in the graph?", L("Hengxian jasmine tea", "Nanning banana")),
    ("Nanning laoyou noodles come from a prefecture; what else comes from it?", L("Hengxian jasmine tea", "Nanning banana")),
    ("Baise mango comes from a city which also grows what other products?", L("Baise Lingyun tea")),
    # round 165's refusals: 搭起, fetch under a model, SKU range, 县数, themes of discussion, 为营造…氛围 and 列个清单,
    # (as opposed to …), sold under a model, 边境口岸, tie in, how each is linked, 胜出, which group, 三种特产, came into
    # X for development, 原始网页URL, what did X come to
    ("做个农村物流的专题：截至2018年7月，广西农村电商体系里的物流配送网点累计搭起来多少个？", V("2228")),
    ("Fruit importer here: what per-jin price do Rongan kumquats fetch under the e-commerce co-op model?", V("40")),
    ("For my retail benchmark, how large is the SKU range carried at Nanning's cross-border direct-buy centre?", V("50000")),
    ("广西拿到国家级“电子商务进农村综合示范县”称号的县数？", V("47")),
    ("The Sept 2018 e-commerce forum in Nanning: how many themes of discussion?", F("3")),
    ("文中为营造电商促销氛围搞的那一系列电商品牌活动，给我列个清单",
     L("“党旗领航•电商扶贫 我为家乡代言”", "“壮族三月三”电商节", "“老字号”电商大集", "广西特产网上行", "电商年货节", "电商精准扶贫促销")),
    ("Policy papers issued by the General Office of the Guangxi government (as opposed to the government itself): which are recorded?",
     L("Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
       'Notice of the regional government\'s general office issuing the implementation plan of the "Internet + circulation" action plan')),
    ("Where are the kumquats sold under Rong'an's cooperative model grown?", L("Rong'an County")),
    ("边境口岸凭祥市由哪个地级市代管？", L("崇左市")),
    ("I keep seeing 'Zhejiang Jumore' in the article, how does it tie in to the graph?", L("settled in: Guangxi Zhuang Autonomous Region")),
    ("Tell me the graph neighbours of 中国-东盟信息港 and how each is linked.",
     F("Guangxi Zhuang Autonomous Region —implements→ China-ASEAN Information Harbor")),
    ("2017年销售额比拼：南宁香蕉对柳州螺蛳粉，哪个胜出", F("南宁香蕉")),
    ("Nanning direct-purchase hub merchants vs ASEAN companies using the SME trade promotion platform: which group is bigger?",
     F("Nanning cross-border goods direct-purchase experience centre")),
    ("文章提到的三种广西特产（香蕉、芒果、螺蛳粉），2017年哪种销售额排第一", F("南宁香蕉")),
    ("google came into guangxi for development, right?", P("yes: Google —came to develop in→")),
    ("53.3%年均增速这个数，原始网页URL是什么", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，" + SINA)),
    ("Reverse the 13.4% growth on 52.8 bn: what did Jan-Jul 2017 online retail come to?",
     P("Guangxi Zhuang Autonomous Region online retail sales: 52800000000 yuan (CNY) (528亿元)")),
    ("What did Jan-Jul 2017 online retail come to, going back from the 13.4% growth on 52.8 bn?",
     L("Guangxi Zhuang Autonomous Region online retail sales: 52800000000 yuan (CNY) (528亿元)",
       "Guangxi Zhuang Autonomous Region online retail sales, year-on-year growth: 13.4 percent (13.4%)",
       "online retail sales of Guangxi Zhuang Autonomous Region, 2017-01 to 2017-07 (worked back): about 46560846561 yuan (CNY)")),
    # words in brackets that qualify the words before them (香蕉（南宁）: 南宁香蕉); A除以B得多少倍 is how many times; a
    # Chinese topic written together with a class word is a kind even after a relation word; months set against a
    # whole year are compared, never a growth between them
    ("那个贸易促进平台（中国-东盟中小企业）已经服务的东盟企业有多少家", V("200")),
    ("香蕉（南宁）2017年销售额除以螺蛳粉（柳州）的，得多少倍", V("8000000000", "3000000000")),
    ("在广西落户的跨境电商平台，文章里点名的有几家、叫什么？", F("3")),
    ("在广西落户的跨境电商平台有哪些", L("德国思爱普（SAP）", "浙江聚贸", "阿里巴巴一达通")),
    ("Compare Guangxi's e-commerce turnover for the first seven months of 2018 against the full year 2013.", F("2018-01 to 2018-07")),
    ("Compare Guangxi's e-commerce transaction volume in 2013 with January-July 2018.", F("2018-01 to 2018-07")),
    # a share said with its whole (11% of Guangxi's imports and exports, 占全国店铺数的0.8%) in a question of its
    # source asks no whole; the top western province is the first among them; where a series of figures starts
    ("Which sentence says cross-border e-commerce was about 11% of Guangxi's imports and exports?",
     P("“As the building of the China-ASEAN Information Harbor advanced")),
    ("广西个人网店占全国店铺数0.8%，这个数据是哪篇报道里的？", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，")),
    ("Cross-border e-commerce was about 11% of Guangxi's imports and exports: what were the imports and exports?", R()),
    ("Was Guangxi the top western province for personal web shops in 2017, yes or no?", P("no: Guangxi Zhuang Autonomous Region rank among western provinces: 3")),
    ("From what year does the graph's series of Guangxi e-commerce transaction figures start, and at what level?",
     L("Guangxi Zhuang Autonomous Region e-commerce transaction volume: 126600000000 yuan (CNY) (1266亿元)")),
    # a plural pronoun's part asked of each thing answered in turn (东兴市的上级市, 凭祥市的上级市), never of all of
    # them as one name; 又是哪个 asks which
    ("哪些边境城市在搞线下跨境电商监管中心？它们的上级市又是哪个？", L("东兴市", "凭祥市", "防城港市", "崇左市")),
    ("东兴市的上级市又是哪个", L("防城港市")),
    # a lead saying a thing is known by what it did (南向通道是某个论坛推动的，这个论坛…); which medium published the
    # report; a national shop count implied by a share; three percentages ranked (never a share alone)
    ("南向通道是某个论坛推动的，这个论坛的主办方是谁", L("广西壮族自治区人民政府")),
    ("图谱所依据的报道是哪个媒体发布的？", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，")),
    ("Implied national online shop count, given Guangxi's 54,935 = 0.8%?", V("54935", "0.8")),
    ("农村电商覆盖率、最终消费贡献率、跨境电商占进出口比重这三个百分比，哪个最高？", F("农村电商覆盖率")),
    ("农村电商覆盖率、最终消费贡献率、跨境电商交易额占进出口总额的比重这三个数哪个最小？", F("跨境电商交易额占进出口总额比重")),
    # round 163's refusals still open: spellings of names and kinds (ecommerce, e-business, infoport, experience hall,
    # personal web stores, small & medium business trade platform), asides (quoted in the piece, or somewhere else, home
    # of …), everyday wordings (做…的问下, 借助…落地, 到八成以上, top count belongs to which, reverse-engineer, 差值)
    ("做招商PPT需要个数字：南宁那家跨境直购体验馆场地规模多少平方米？", L("南宁跨境商品直购体验中心 面积: 8000 平方米 (8000平米)")),
    ("In 2017, Guangxi's personal web stores made up what percentage of the nationwide store count?", L("Guangxi Zhuang Autonomous Region share of all shops in China: 0.8 percent (0.8%)")),
    ("For our supplier pitch: what's the product range (SKU total) stocked by the Nanning cross-border shopping experience hall?", L("Nanning cross-border goods direct-purchase experience centre product SKUs: more than 50000 count (5万多个)")),
    ("A Hantang villager quoted in the piece says they earn how much each year?", L("Hantang Village annual income of a villager: 100000–200000 yuan (CNY) (十几万)")),
    ("How much had Guangxi's villages and countryside sold online in total by the end of July 2018 (accumulated, in yuan)?", L("Guangxi Zhuang Autonomous Region rural online retail sales (cumulative): 5900000000 yuan (CNY) (59亿元)")),
    ("全区获批国家级电商进农村综合示范的县一共几个", L("广西壮族自治区 国家电子商务进农村综合示范县数量: 47 个 (47个县)")),
    ("做茶叶采购的问下，构成桂茶产业的茶品一共算几款", L("4")),
    ("Our chamber of commerce is curious — how many Southeast Asian enterprises are being served by the China–ASEAN small & medium business trade platform?", L("China-ASEAN SME Trade Promotion Platform ASEAN enterprises served: more than 200 count (200多家)", "ASEAN")),
    ("外资合作方想知道：借助峰会和推介会落地广西的跨境电商平台是哪几家", L("德国思爱普（SAP）", "浙江聚贸", "阿里巴巴一达通")),
    ("i run a noodle shop in toronto and want to stock guangxi mifen brands — what varieties does the piece talk about", L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("Which teas together form Guangxi's Guicha tea sector?", L("Baise Lingyun tea", "Fangchenggang golden camellia tea", "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    ("what topics would the Sept 2018 Information Harbor ecommerce forum discuss?", L("cross-border e-commerce", "coordinated development of e-commerce and logistics", "rural e-commerce development")),
    ("想去听信息港那个电子商务论坛，得去哪座城市", L("南宁市")),
    ("Which prefecture administers Lingyun county, home of Lingyun tea?", L("Baise")),
    ("Is the Qinzhou bonded port area part of Qinzhou prefecture or somewhere else? which prefecture holds it", L("yes: Guangxi Qinzhou Bonded Port Area —located in→ Qinzhou")),
    ("Map out the relationships around the China-ASEAN Information Harbour project for me", L("Guangxi Zhuang Autonomous Region —implements→ China-ASEAN Information Harbor", "China-ASEAN Information Harbor E-commerce Forum —promotes→ China-ASEAN Information Harbor", "settled in: Guangxi Zhuang Autonomous Region")),
    ("What in the knowledge graph references the 南向通道 southern corridor?", L("China-ASEAN Information Harbor E-commerce Forum —promotes→ Southbound corridor")),
    ("Rural build-out tally to mid-2018: among stations, delivery points and online-sale products, the top count belongs to which?", L("rural e-commerce service stations built (cumulative)", "Guangxi Zhuang Autonomous Region rural e-commerce service stations built (cumulative): 3101 count (3101个)", "Guangxi Zhuang Autonomous Region logistics delivery outlets built (cumulative): 2228 count (2228个)", "Guangxi Zhuang Autonomous Region agricultural products developed for online sale (cumulative): 1826 count (1826个)")),
    ("广西农村电商覆盖率已经到八成以上了吗", L("无法证实: 广西壮族自治区 农村电商覆盖率: 超过 70 % (70 %)")),
    ("Has Lecuntao (乐村淘) been doing rural e-business in Guangxi? y/n", L("yes: Lecuntao —operates rural e-commerce in→ Guangxi Zhuang Autonomous Region")),
    ("Am I right that the China-ASEAN infoport e-commerce forum was scheduled for Sept 13, 2018?", L("yes: 2018-09-13")),
    ("Which noodle is produced in the city hosting the Information Harbor e-commerce forum?", L("Nanning laoyou noodles")),
    ("Send me the link to the original article", F("\"Guangxi e-commerce's new leap, a new engine of economic growth\", Sina Guangxi, 2018-08-20, http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml")),
    ("南宁香蕉减去百色芒果，2017销售额差值多少元", L("相差 4200000000 元", "南宁香蕉", "南宁香蕉 年销售额: 突破 8000000000 元 (80亿)", "百色芒果 年销售额: 突破 3800000000 元 (38亿)")),
    ("Reverse-engineer the 2016 base: 2017 cross-border was 42.5 bn yuan, up 28.8%. What was 2016?", F("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000 yuan (CNY) (425亿元)")),
    # round 166's wrong answers (有统计数吗 after a count asked; 进出口总盘子) and refusals: asides in brackets, slice of,
    # 好大, how high is, per the Sina piece, 帽子, 物流配送点, groomed for web sale, 迄今, line-up, roll call, a relation word
    # quoted as a gloss ('入桂发展'), edges touching, 周边, 比比大小, lecturer-team, e-trade, 峰值 and 哪个年份, 三大产品,
    # crossed, 两座边城 and 上级地市分别是, add up, 报的是几个亿
    ("广西全区到底有多少个淘宝村，有统计数吗？", R()),
    ("跨境电商425亿约占进出口11%，那进出口总盘子大约多大", L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)",
       "广西壮族自治区 跨境电商交易额占进出口总额比重: 约 11 % (11%)", "进出口总额（推算）约 386363636364 元")),
    ("2018年1至7月这段时间，全区网上零售交易规模是多少（不是农村那个累计数）", L("广西壮族自治区 网络零售交易额: 52800000000 元 (528亿元)")),
    ("灵山那个淘宝村的果苗，2017年全年销售额报的是几个亿？", L("汉塘村果苗 年销售额: 160000000 元 (1.6亿元)")),
    ("Guangxi's slice of China's total store count in 2017, via its 54,935 personal e-shops — what %?", L("Guangxi Zhuang Autonomous Region share of all shops in China: 0.8 percent (0.8%)")),
    ("南宁那家跨境直购体验馆，营业面积有好大？", L("南宁跨境商品直购体验中心 面积: 8000 平方米 (8000平米)")),
    ("How high is rural e-commerce coverage across Guangxi per the Sina piece?", L("Guangxi Zhuang Autonomous Region rural e-commerce coverage: more than 70 percent (70 %)")),
    ("Startup founders in Guangxi's online-retail scene are mostly what ages?", F("Guangxi Zhuang Autonomous Region age of the main group of e-commerce entrepreneurs: 16–40 years of age (16～40岁)")),
    ("到2018年7月止，农村物流配送点累计建成了几个", L("广西壮族自治区 物流配送网点数（累计）: 2228 个 (2228个)")),
    ("Tally of agricultural SKUs groomed for web sale across rural Guangxi up to July 2018?", F("Guangxi Zhuang Autonomous Region agricultural products developed for online sale (cumulative): 1826 count (1826个)")),
    ("本土企业建的那个中小企业贸易促进平台，迄今服务东盟企业的家数", L("中国-东盟中小企业贸易促进平台 服务东盟企业数: 超过 200 个 (200多家)")),
    ("Guicha sector line-up: enumerate the member teas.", L("Baise Lingyun tea", "Fangchenggang golden camellia tea", "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    ("Roll call of the e-commerce leaders that set up shop in Guangxi ('入桂发展')?", L("DHgate", "Google", "JD.com", "Vipshop", "Zhijian Yuntu")),
    ("Origin of Lingyun-brand tea leaves, geographically?", L("Lingyun County")),
    ("Those Wanshougu chickens fattened on walnuts: raised where exactly?", L("Fengshan County")),
    ("Pingxiang (the border town near Vietnam) reports to what prefecture?", L("Chongzuo")),
    ("Edges touching the China-ASEAN Information Harbor node?", L("Guangxi Zhuang Autonomous Region —implements→ China-ASEAN Information Harbor", "China-ASEAN Information Harbor E-commerce Forum —promotes→ China-ASEAN Information Harbor", "settled in: Guangxi Zhuang Autonomous Region")),
    ("南宁跨境商品直购体验中心周边关联实体有哪些", F("运营模式: 跨境电商O2O线下体验店")),
    ("southbound corridor — anything in the KG linking to it??", L("China-ASEAN Information Harbor E-commerce Forum —promotes→ Southbound corridor")),
    ("By mid-2018 did Guangxi's villages have more e-commerce service stations than courier delivery outlets?", F("yes: rural e-commerce service stations built (cumulative) 3101个 > logistics delivery outlets built (cumulative) 2228个")),
    ("Head to head, 2017 revenue: Baise's mangoes against Liuzhou's snail noodles?", L("Baise mango", "Baise mango annual sales: exceeding (broke through) 3800000000 yuan (CNY) (38亿)", "Liuzhou river-snail rice noodles annual sales: exceeding (broke through) 3000000000 yuan (CNY) (30亿元)")),
    ("哪个年份广西电商成交额达到图谱记录里的峰值", L("2017年", "广西壮族自治区 电子商务交易额: 126600000000 元 (1266亿元)", "广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)")),
    ("Among the cumulative July-2018 rural counts — service stations, delivery outlets, online products — which is biggest?", F("rural e-commerce service stations built (cumulative)")),
    ("Biggest percent value anywhere in the Sina story?", F("Guangxi Zhuang Autonomous Region rural e-commerce coverage: more than 70 percent (70 %)")),
    ("2017年三大特色产品销售额排第二的是谁", L("百色芒果", "南宁香蕉 年销售额: 突破 8000000000 元 (80亿)", "百色芒果 年销售额: 突破 3800000000 元 (38亿)", "柳州螺蛳粉 年销售额: 突破 3000000000 元 (30亿元)", "汉塘村果苗 年销售额: 160000000 元 (1.6亿元)")),
    ("Earliest and smallest yearly e-commerce turnover on record for Guangxi — which year, how much?", L("2013", "Guangxi Zhuang Autonomous Region e-commerce transaction volume: 126600000000 yuan (CNY) (1266亿元)", "Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000 yuan (CNY) (7056亿元)")),
    ("True or false: in 2017 Guangxi's cross-border e-trade topped 10% of its foreign trade.", F("yes: Guangxi Zhuang Autonomous Region cross-border e-commerce as share of total imports and exports: about 11 percent (11%)")),
    ("探索互市贸易加跨境电商的两座边城，上级地市分别是？", L("防城港市", "崇左市")),
    ("Where does the 13.4% growth number originate?", F("\"Guangxi e-commerce's new leap, a new engine of economic growth\", Sina Guangxi, 2018-08-20, http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml")),
    ("Add up 2017 sales of the banana, mango and snail-noodle specialties named in the article.", L("combined: at least 14800000000 yuan (CNY)", "Nanning banana annual sales: exceeding (broke through) 8000000000 yuan (CNY) (80亿)", "Baise mango annual sales: exceeding (broke through) 3800000000 yuan (CNY) (38亿)", "Liuzhou river-snail rice noodles annual sales: exceeding (broke through) 3000000000 yuan (CNY) (30亿元)")),
    # year-on-year growth rates are never the average annual one; a yes-or-no of a relation held only by its
    # alternate (came to develop in, asked as settled in) is not confirmed, never a yes; 这两个边境城市 stays as said
    ("文中出现的几个同比增长率，最高的是哪一个", P("广西壮族自治区 跨境电商交易额同比增长: 28.8 %")),
    ("Which year-on-year growth rates does the graph record?",
     L("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth: 28.8 percent (28.8%)",
       "Guangxi Zhuang Autonomous Region online retail sales, year-on-year growth: 13.4 percent (13.4%)")),
    ("Is Google one of the platforms that settled in Guangxi?",
     P("not confirmed (the graph does not state this; it records: Google —came to develop in→")),
    ("凭祥和东兴这两个边境城市，哪个位置更靠南？", F("东兴市")),
    # the part and the share given by their numbers, the whole asked (用425亿元和约11%倒推); periods named and ranked;
    # online farm product lines
    ("用425亿元和约11%这两个数倒推一下，2017年广西进出口总额大概多少？",
     L("广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)", "广西壮族自治区 跨境电商交易额占进出口总额比重: 约 11 % (11%)",
       "进出口总额（推算）约 386363636364 元")),
    ("2013年、2017年、2018年1-7月这几个时段里，广西电商交易额哪个时段最高？", F("2017年")),
    ("Stations, delivery outlets, online farm product lines — of these three rural e-commerce tallies to mid-2018, which is the biggest?",
     F("rural e-commerce service stations built (cumulative)")),
    # round 162's refusals still open: the article groups as, as a researcher I need, — titles please, 为了提升…，,
    # 请逐个写出, location check, in which zone does X operate, info harbour, build-out, which outlet put out
    ("Name the three noodle brands the article groups as Guangxi rice noodles.",
     L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("As a policy researcher I need the General Office's own e-commerce papers — titles please.",
     L("Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
       'Notice of the regional government\'s general office issuing the implementation plan of the "Internet + circulation" action plan')),
    ("为了提升广西产品的知名度，办过哪些电商品牌活动？请逐个写出",
     L("“党旗领航•电商扶贫 我为家乡代言”", "“壮族三月三”电商节", "“老字号”电商大集", "广西特产网上行", "电商年货节", "电商精准扶贫促销")),
    ("Location check: in which zone does Qinzhou's international goods direct-sales centre operate?", L("Guangxi Qinzhou Bonded Port Area")),
    ("Where has the China-ASEAN info harbour project been located, per the graph?", L("Guangxi Zhuang Autonomous Region")),
    ("Rural e-commerce build-out to July 2018: did stations, delivery outlets or online-sale products have the highest count?",
     F("rural e-commerce service stations built (cumulative)")),
    ("Which outlet put out the 54,935 online shops number, and on what date?",
     P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20')),
    ("凭祥和东兴这两个边城分别属于哪个地级市", L("崇左市", "防城港市")),
    # earlier rounds' refusals still open: 创造了多少就业, delivery points, China's store total, 居首, built under Guangxi
    # rural e-commerce, 文章里举办过的
    ("电商给广西创造了多少就业岗位（含间接）？", V("120000")),
    ("Logistics delivery points built under Guangxi rural e-commerce, cumulative count through 2018-07?", V("2228")),
    ("In 2017 Guangxi personal web stores = what % of China's store total?", V("0.8")),
    ("文章里举办过的电商品牌活动一共有几个", F("6")),
    ("截止2018年7月，建成的服务站点、配送网点和培育的网销单品，谁的累计个数居首", F("农村电商服务站点数（累计）")),
    # round 167's refusals and partial answers: 做到了多少, stock range, 年龄区间, examples before 这一系列, moved in to
    # grow their business, types count as, 文章里扶持…的, locality, 搞…扶贫那个, 上面管它的, home of … :, 出现在哪些关系里, which
    # nodes link to it, 排最后, outlets, highest percentage value, seven-tenths, village-level (rural) e-commerce
    ("2018年头七个月，广西网络零售交易额做到了多少？同比涨幅呢？", L("广西壮族自治区 网络零售交易额同比增长: 13.4 % (13.4%)", "广西壮族自治区 网络零售交易额: 52800000000 元 (528亿元)")),
    ("Stock range at Nanning's direct-purchase experience hall: how many SKUs, roughly, from ASEAN, Europe, Australia?", L("Nanning cross-border goods direct-purchase experience centre product SKUs: more than 50000 count (5万多个)")),
    ("做青年创业课题：广西电商创业者主要集中在哪个年龄区间", L("广西壮族自治区 电商创业主力人群年龄: 16–40 岁 (16～40岁)")),
    ("“壮族三月三”电商节、电商年货节这一系列电商品牌活动一共几个？", L("6")),
    ("Besides JD.com, which big-name e-commerce players moved in to grow their business in Guangxi?", L("DHgate", "Google", "Vipshop", "Zhijian Yuntu")),
    ("Which specific rice noodle types count as Guangxi rice noodles according to the KG?", L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("把文章里扶持电商发展的政策文件全部列一下", L("广西电子商务发展“十三五”规划", "广西电子商务精准扶贫三年行动计划（2018-2020）", "广西电子商务进农村三年规划", "自治区人民政府关于加快电子商务发展的若干意见", "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见", "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("文章里为电商保驾护航的政策文件，一共点了几份名？", L("6")),
    ("Which Guangxi locality is Hengxian jasmine tea from, as recorded?", L("originates from: Hengzhou (county-level city)", "part of: Guangxi tea (Guicha) industry")),
    ("搞核桃鸡扶贫那个凤山县，归属的地级市叫啥", L("河池市")),
    ("边境口岸凭祥，上面管它的是哪个地级市呀", L("崇左市")),
    ("Hengzhou, home of the jasmine tea: what prefecture does it belong to?", L("Nanning")),
    ("国务院在图谱中出现在哪些关系里", L("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复 —发布机关→ 国务院")),
    ("Internet + circulation — which nodes link to it?", F("Notice of the regional government's general office issuing the implementation plan of the \"Internet + circulation\" action plan —supports→ \"Internet + circulation\"")),
    ("香蕉、芒果、螺蛳粉这三样2017年的销售额，排最后的是哪样？", L("柳州螺蛳粉", "柳州螺蛳粉 年销售额: 突破 3000000000 元 (30亿元)", "百色芒果 年销售额: 突破 3800000000 元 (38亿)", "南宁香蕉 年销售额: 突破 8000000000 元 (80亿)")),
    ("Stations, outlets, online-sale products (cumulative to 2018-07): which tally is the lowest?", F("agricultural products developed for online sale (cumulative)")),
    ("Highest percentage value anywhere in the graph — what is it and what does it measure?", F("Guangxi Zhuang Autonomous Region rural e-commerce coverage: more than 70 percent (70 %)")),
    ("I read that over seven-tenths of rural Guangxi is covered by e-commerce now — true per your data?", L("yes: Guangxi Zhuang Autonomous Region rural e-commerce coverage: more than 70 percent (70 %)")),
    ("Is Google one of those companies doing village-level (rural) e-commerce operations in Guangxi?", F("not confirmed (the graph does not state this; it records: Google —came to develop in→ Guangxi Zhuang Autonomous Region)")),
    ("国务院那批22个综试区城市，南宁算不算一个", P("是: 关于同意在北京等22个城市设立跨境电子商务综合试验区的批复 —点名城市→ 南宁市")),
    # a thing said with its figure, then the place it comes from (金桔从2元卖到40元一斤的那个县: 融安县; 果苗一年卖了1.6亿
    # 的那个淘宝村: 汉塘村)
    ("金桔从2元卖到40元一斤的那个县，归哪个地级市管辖？", L("柳州市")),
    ("金桔从2块卖到40块的那个县，用的啥模式", L("“电商+农民合作社+贫困户”模式")),
    ("果苗一年卖了1.6亿的那个淘宝村，在哪个县？", L("灵山县")),
    ("果苗年销1.6亿的村子拿了什么称号，属于哪个县", L("淘宝村", "灵山县")),
    ("2017年销售额突破38亿的那个产品，产地是哪个市？", L("百色市")),
    # round 168's wrong answers: what else is produced in the same city as a product (the city's other products, never
    # the city); 全国店铺总数约多少家 given the part and share (worked out, never the share alone)
    ("What else is produced in the same city as Nanning bananas?", L("Nanning laoyou noodles")),
    ("按54935家占0.8%算，全国店铺总数约多少家？", L("广西壮族自治区 个人网店数量: 54935 个 (54935家)", "广西壮族自治区 占全国店铺数比重: 0.8 % (0.8%)",
                                             "全国（推算）约 6866875 个")),
    ("Where has the China-ASEAN info harbour project been located, per the graph?", L("Guangxi Zhuang Autonomous Region")),
    # round 168's refusals: expand in 2017 versus 2016, 有个估算数吗, 老早以前…收购价, what proportion of rural Guangxi does
    # e-commerce reach, 九月十三号 and 几大议题, top the western region, 百分之一, 连线, 哪一期
    ("For my ASEAN trade memo: by what percent did Guangxi's cross-border e-com volume expand in 2017 versus 2016?",
     V("42500000000", "28.8")),
    ("电商给广西直接间接带动了多少人就业，有个估算数吗？", V("120000")),
    ("融安金桔老早以前在地头收购价是几块一斤啊", V("2")),
    ("Roughly what proportion of rural Guangxi does e-commerce reach now, per the graph?", V("70")),
    ("九月十三号那个电商论坛定了几大议题来研讨", F("3")),
    ("Did Guangxi top the western region in personal online-store numbers (2017)?",
     P("no: Guangxi Zhuang Autonomous Region rank among western provinces: 3")),
    ("广西网店数量占全国比例到没到百分之一？", P("否: 广西壮族自治区 占全国店铺数比重: 0.8 %")),
    ("商务厅（广西）在知识图谱里有哪些连线？", L("中国-东盟信息港电子商务论坛 —承办单位→ 广西壮族自治区商务厅")),
    ("广西电商交易额在文中哪一期数值最高？", F("2017年")),
    # round 168's partial answers: 成交了多少钱，增幅多少 (the growth of the figure asked, never every rate); 哪样卖的钱多
    ("一到七月份（2018）广西网上零售成交了多少钱，增幅多少",
     L("广西壮族自治区 网络零售交易额: 52800000000 元 (528亿元)", "广西壮族自治区 网络零售交易额同比增长: 13.4 % (13.4%)")),
    ("2018年1-7月广西网络零售交易额是多少，增幅多少",
     L("广西壮族自治区 网络零售交易额: 52800000000 元 (528亿元)", "广西壮族自治区 网络零售交易额同比增长: 13.4 % (13.4%)")),
    ("香蕉（南宁）和芒果（百色），17年哪样卖的钱多", F("南宁香蕉")),
    # an industry chain's upstream is its member's (广西米粉产业链: 广西米粉's), said to be the member's; 行业 after 上游
    ("米粉产业往上游带动起来的是哪几个产业？", L("竹笋种植", "豆角种植", "螺蛳养殖")),
    ("What are the upstream industries of the Guangxi rice-noodle industry chain?",
     L("bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming")),
    ("广西米粉往上游带动了哪些行业", L("竹笋种植", "豆角种植", "螺蛳养殖")),
    # round 169's wrong answers: 全部名称给我 lists the things (examples in brackets with 之类 set aside), never where they
    # were held; a Vietnamese city is refused (no source names one); the national shop count backed out is worked out
    ("文章列的那些电商品牌活动（三月三电商节之类），全部名称给我",
     L("“党旗领航•电商扶贫 我为家乡代言”", "“壮族三月三”电商节", "“老字号”电商大集", "广西特产网上行", "电商年货节", "电商精准扶贫促销")),
    ("Which Vietnamese cities does Dongxing's border trade platform connect with?", R()),
    ("东兴的边民互市平台连接越南哪些城市？", R()),
    ("Back out the national shop count from Guangxi's 54,935 being a 0.8% share.",
     L("Guangxi Zhuang Autonomous Region individual online shops: 54935 count (54935家)",
       "Guangxi Zhuang Autonomous Region share of all shops in China: 0.8 percent (0.8%)", "nationwide (worked out): about 6866875 count")),
    # round 170's wrong answers: what the piece classifies as a group is its members (no source asked); which one is
    # number one among the things with a figure is the highest, never a list of them
    ("Which specific noodles does the piece classify as Guangxi rice noodles?",
     L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("Among the products with 2017 sales numbers, which one is number one?", F("Nanning banana")),
    # round 171's wrong answer: "in this dataset" bounds the question and asks for no source; and what a yes/no
    # about a place said with "in" asks is where the thing lies, never another fact joining them (its business
    # reaches Hunan, it offers products from Australia); a fact that runs into the one name is shown that way
    ("Who holds the Taobao-village title in this dataset?", L("Hantang Village")),
    ("Is the Qinzhou direct-sales centre in Hunan?",
     L("no: Qinzhou Bonded Port Area international goods direct-sales centre —located in→ Guangxi Qinzhou Bonded Port Area")),
    ("Is the Nanning experience centre in Australia?",
     L("no: Nanning cross-border goods direct-purchase experience centre —located in→ Nanning")),
    ("钦州保税港区国际商品直销中心在湖南吗？", L("否: 钦州保税港区国际商品直销中心 —位于→ 广西钦州保税港区")),
    ("Does Nanning's direct-purchase experience hall have Australian products?",
     L("yes: Nanning cross-border goods direct-purchase experience centre —offers products from→ Australia")),
    ("Does Nanning's direct-purchase experience hall offer products from Vietnamese?", R()),
    ("Is anything part of Guicha?", P("yes: Baise Lingyun tea —part of→ Guangxi tea (Guicha) industry")),
    ("Would the graph count Baise's mangoes as a component of Guicha?", P("cannot tell: ")),
    ("What teas come from Baise?", L("Baise Lingyun tea: Lingyun County")),
    ("Which tea comes from Fangchenggang?", L("Fangchenggang golden camellia tea")),
    # round 171's refusals: the two prices a word names ranked; a money or price figure named by its unit; the year
    # of a figure's extreme with no name; a figure divided by another year's; the pilot zones named short
    ("Highest kumquat price?", F("price after the model")),
    ("What was the lowest price of Rong'an kumquats?", F("price before the model")),
    ("图谱里出现的每斤售价中最高的是多少，哪个产品？", F("采用模式后售价")),
    ("Largest RMB value you hold anywhere?",
     F("Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000 yuan (CNY) (7056亿元)")),
    ("最大的人民币数额是多少？", F("广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)")),
    ("Which year had the smallest e-commerce transaction volume?", F("2013")),
    ("哪一年的电商交易额最低？", F("2013年")),
    ("2017 e-commerce volume divided by 2013 volume equals what?", V("53.3", "126600000000", "705600000000")),
    ("Journalist here: contrast the region's e-commerce trading value of 2013 with the 2017 value.",
     V("53.3", "126600000000", "705600000000")),
    ("Show me verbatim the sentence that says Nanning is on the pilot-zone list.", P("“In August this year the State Council issued")),
    ("Is Nanning one of the pilot zones?", L("yes: Nanning —implements→ Cross-border e-commerce comprehensive pilot zones")),
    ("How many cities got pilot zones?", F("22")),
    ("lingyun tea: producing county?", L("Lingyun County")),
    ("Under which prefecture is the county running the 'e-commerce + farmers' co-op + poor households' scheme?", L("Liuzhou")),
    ("南宁有没有进入那22个跨境电商综试区城市名单？", L("是: 南宁市 —实施→ 跨境电子商务综合试验区")),
    ("南宁在国务院批准的22个跨境电商综试区名单里吗？", L("是: 南宁市 —实施→ 跨境电子商务综合试验区")),
    ("螺蛳粉在你们的分类里属不属于米粉这一大类", L("是: 柳州螺蛳粉 —属于品类→ 广西米粉")),
    ("边民互市加跨境电商那个模式，是在哪两座城市试的？它们各属于哪个地级市", L("防城港市", "崇左市")),
    ("电子商务给广西创造的就业岗位（直接和间接合计）大约有几万个？", V("120000")),
    ("Macro desk question: how large a contribution did final consumption make to growth of the regional economy, per this source?",
     V("50")),
    ("Cumulative village-level online retail takings (to mid-2018) for Guangxi's countryside - how many yuan?", V("5900000000")),
    ("The article rattles off a string of branded online-shopping promotions; how many does it name?", F("6")),
    ("guicha sector: number of tea products feeding into it?", F("4")),
    ("What initiatives does the regional entity 'Guangxi' carry out according to its graph edges?",
     L('"E-commerce Guangxi, e-commerce ASEAN" project', "China's ASEAN-oriented cross-border e-commerce base", "China-ASEAN Information Harbor",
       "Comprehensive demonstration project of e-commerce in rural areas", "Cross-border e-commerce comprehensive pilot zones")),
    ("Trade delegation planning: in what city does the mid-September 2018 China–ASEAN e-commerce forum convene?", L("Nanning")),
    ("富硒类农产品在这篇稿子里挂在哪个城市名下？", L("贵港市")),
    ("灵山这个县的上一级行政区是哪个市？", L("钦州市")),
    ("茉莉花茶出自横县，那横县今天归哪座地级城市？", L("南宁市")),
    ("Admin hierarchy check: the Qinzhou bonded zone is inside which city's jurisdiction?", L("Qinzhou")),
    ("Pull up all graph edges around the Rong'an 金桔 node.", P('"E-commerce + farmers\' cooperative + poor households" model —involves product→')),
    ("国务院这个节点周边都挂着什么关系？", L("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复 —发布机关→ 国务院")),
    ("新浪那篇讲广西电商“新跨越”的稿子，见报日期是几月几号？", L(f"《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，{SINA}")),
    ("广西个人网店数在西部排名是不是季军（2017）？", L("是: 广西壮族自治区 西部省份排名: 3 名 (第三)")),
    ("Top seller of 2017 among the three star specialties (banana, mango, snail noodles)?", F("Nanning banana")),
    ("Fastest growth percentage anywhere in the data - what metric and what rate?",
     F("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3 percent (53.3%)")),
    ("截至2018年7月的几项农村电商累计数（站点、网点、网销单品）里哪项数目最大？", F("农村电商服务站点数（累计）")),
    ("Smallest of the July-2018 rural cumulative counts: stations, delivery outlets, or products developed for online sale?",
     F("agricultural products developed for online sale (cumulative)")),
    ("Hantang: does it hold the Taobao village label, yes or no?", L("yes: Hantang Village —has designation→ Taobao village")),
    ("Quote me the original line backing the 54935 web-shop figure.", P("“In 2017 the number of individual online shops in Guangxi reached 54,935")),
    ("Link to the Sina piece these facts were pulled from?",
     L(f'"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20, {SINA}')),
    ("把59亿农村网络零售额平摊到3101个服务站点上，每站多少钱？", F("农村网络零售额（累计） ÷ 农村电商服务站点数（累计）：约 1902612 元")),
    ("防城港辖区内的区县（含县级市）请逐一列出", L("上思县", "东兴市", "港口区", "防城区")),
    ("技能培训受益的人数，和电商拉动的就业人口，两者比较哪边大？", V("100000", "120000")),
    ("凡是标了2017年销售额的特色产品，排到最后一名的是谁？", F("汉塘村果苗")),
    ("钦州保税港区国际商品直销中心，业务覆盖的区外省份共有几个？", F("3")),
    ("Which provinces does the Qinzhou direct-sales centre sell into?", L("Hunan", "Jiangxi", "Sichuan")),
    ("Nanning got on the 22-city pilot-zone list through whose approval, issued in what month?", L("2018-08", "State Council")),
    ("The approval that lists Nanning as a pilot-zone city: issuer and issue date?", L("2018-08", "State Council")),
    ("Whose approval put Nanning on the pilot-zone list, and when was it issued?", L("2018-08", "State Council")),
    # percents given in place of their figures, set against each other: the figures of those values compared
    ("28.8%和13.4%这两个同比增幅分别对应什么指标？哪个更猛？", V("28.8", "13.4", "42500000000", "52800000000")),
    ("11%和0.8%哪个大？", F("跨境电商交易额占进出口总额比重 11% > 占全国店铺数比重 0.8%")),
    ("Two shares: Guangxi's slice of all Chinese online stores vs cross-border e-commerce's slice of Guangxi foreign trade - which is larger?",
     F("cross-border e-commerce as share of total imports and exports 11% > share of all shops in China 0.8%")),
    ("If 54,935 shops = 0.8% of China's total, what's the national shop count?", P("Guangxi Zhuang Autonomous Region individual online shops: 54935")),
    ("What is the national count of shops, given Guangxi's 54,935 shops are 0.8% of the total?",
     P("Guangxi Zhuang Autonomous Region individual online shops: 54935")),
    ("Which source file supports Hantang becoming a Taobao village?", F("000_344fe5bdacb1ee74.txt")),
    # round 169's refusals: everyday words
    ("Pop-up proposal size check: how big (square metres) is Nanning's direct-buy centre for imported goods?", V("8000")),
    ("Young online entrepreneurs in Guangxi — which ages does the article say dominate?", P("Guangxi Zhuang Autonomous Region age of the main group")),
    ("For an ILO-style brief: total employment attributed to Guangxi e-commerce, incl. indirect?", V("120000")),
    ("乡村电商覆盖面有多广，文章给的百分比是？", V("70")),
    ("Number of private online storefronts registered to Guangxi in 2017?", V("54935")),
    ("信息港电商论坛2018年那届，办会城市是哪", L("南宁市")),
    ("图谱里富硒的那类产品，产地是哪个城市", L("贵港市")),
    ("Show me Dongxing's relations in the knowledge graph.", P("adopts model: ")),
    ("2017年度销售额榜首：南宁香蕉 vs 百色芒果 vs 柳州螺蛳粉", F("南宁香蕉")),
    ("Smallest 2017 seller of the trio - Nanning banana, Baise mango, Liuzhou luosifen?", F("Liuzhou river-snail rice noodles")),
    ("问个是非题：乐村淘在广西搞农村电商了没", L("是: 乐村淘 —开展农村电商业务→ 广西壮族自治区")),
    ("Yes or no: Guilin mifen counts as one kind of Guangxi rice noodle here?",
     L("yes: Guilin rice noodles —is a kind of→ Guangxi rice noodles")),
    ("是非题：六堡茶是不是桂茶产业的组成部分", L("是: 梧州六堡茶 —组成→ 广西桂茶产业")),
    ("Did Guangxi's Department of Commerce act as 承办 for the September 2018 Nanning forum?",
     L("yes: China-ASEAN Information Harbor E-commerce Forum —organised by→ Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("Prefecture administering the home of Hengxian jasmine tea?", L("Nanning")),
    # round 168's refusals: everyday words
    ("Journalist here — how big a role (percent) did final consumption play in driving the region's economic expansion, per the article?", V("50")),
    ("What subjects will delegates debate at the 13 Sept forum (China–ASEAN info harbour, e-commerce)?",
     L("cross-border e-commerce", "coordinated development of e-commerce and logistics", "rural e-commerce development")),
    ("The village in the article that turned into a Taobao village lies in which prefecture?", L("Qinzhou")),
    ("Rong'an kumquats: higher price before or after the co-op e-commerce model?", F("price after the model")),
    ("批准22城设综试区的那份批复，是谁发的，几月份发的？", L("2018-08", "国务院")),
    # round 167's refusals: everyday words
    ("中国-东盟信息港的那场电子商务论坛，2018年是放在哪个城市举行", L("南宁市")),
    ("超过70%的农村电商覆盖率，和最终消费约50%的增长贡献率，两个比例谁大", F("农村电商覆盖率 70 % > 最终消费对经济增长贡献率 50%")),
    ("Quote the source sentence behind Hantang's 160-million-yuan seedling sales.", P("“In 2017 the annual sales of Hantang Village's fruit seedlings")),
    ("Source filename behind the graph's article?", L("000_344fe5bdacb1ee74.txt")),
    # round 166's and 171's refusals: a facility said by its figure; the city of a thing in a bonded port area (a
    # statistical zone inside a district) is the city that district is in
    ("那个开了30多家体验店的直销中心，地点在哪儿", L("广西钦州保税港区")),
    ("开了30多家体验店的那个直销中心，具体落在钦州哪个保税片区？", F("钦州保税港区国际商品直销中心: 广西钦州保税港区")),
    ("有400多家商户的那个中心在哪个城市？", L("南宁市")),
    ("钦州保税港区国际商品直销中心在哪个城市？", L("钦州市")),
    ("钦州保税港区国际商品直销中心位于哪个城市？", L("钦州市")),
    ("Which city is the Qinzhou direct-sales centre located in?", L("Qinzhou")),
    # round 165's refusals: the pilot-zone list said another way
    ("南宁是不是在国务院同意设立跨境电商综合试验区的22个城市之中？", L("是: 南宁市 —实施→ 跨境电子商务综合试验区")),
    ("Nanning got listed as a pilot-zone city in some approval document: issuing authority and issue date?", L("2018-08", "State Council")),
    ("Quick sum for my slide deck: 2017 banana sales in Nanning plus 2017 mango sales in Baise, in yuan?", V("8000000000", "3800000000")),
    ("Which rate was higher: Guangxi's 2013-2017 average annual e-commerce growth or its 2017 cross-border e-commerce yoy growth?",
     V("53.3", "28.8")),
    # found on the way: which one settled first asks an order of dates the graph does not give (never the list)
    ("Which company settled in Guangxi first?", R()),
    ("Which platform was the first to settle in Guangxi?", R()),
    ("哪个平台最先落户广西？", R()),
    # rounds 170 and 171: a province the graph does not hold, asked of a list its sentence ends with 等: cannot tell
    ("钦州保税港区国际商品直销中心的业务拓展到广东了吗？",
     L("无法确定：来源列举钦州保税港区国际商品直销中心业务拓展到四川省、江西省、湖南省等（带“等”字，不一定是全部），图谱没有记载广东")),
    ("Has the Qinzhou direct-sales centre's business expanded into Guangdong?",
     L("cannot tell: the source lists Hunan, Jiangxi, Sichuan and others for Qinzhou Bonded Port Area international goods "
       "direct-sales centre (business reaches); the graph does not record Guangdong")),
    ("Did JD settle in Guangdong?", R()),
    ("哪个公司最早入桂发展？", R()),
    ("汉塘村是广西第一个淘宝村吗？", R()),
    ("Is Hantang the first Taobao village in Guangxi?", R()),
    ("Which was the first product listed?", R()),
    ("Which product was first in 2017 sales?", F("Nanning banana")),
    # found on the way: a rate whose level was read from a name (cross-border e-commerce, a topic) is asked where
    # that name stands, so the yes or no is of the order asked
    ("Did online retail sales grow faster than cross-border e-commerce?",
     P("no: online retail sales, year-on-year growth 13.4% < cross-border e-commerce transaction volume")),
    ("Did cross-border e-commerce grow faster than online retail sales?",
     P("yes: cross-border e-commerce transaction volume, year-on-year growth 28.8% >")),
    ("网络零售额的增速比跨境电商快吗？", P("否: 网络零售交易额同比增长 13.4% < 跨境电商交易额同比增长 28.8%")),
    # round 172's wrong answer: "administered by what prefecture" asks the prefecture above, never what lies below
    ("Fengshan (home of the walnut chicken) is administered by what prefecture-level city?", L("Hechi")),
    ("Fengshan is under what city?", L("Hechi")),
    # figures in different units are never ranked (元, 个 and 人次 among the cumulative figures)
    ("截至2018年7月的几项累计数里，哪一项最多？", R()),
    # round 172's refusals: everyday words
    ("写论文引数据：广西18年之前那一年，跨境电商那块占到全区外贸进出口盘子的几成？", V("11")),
    ("By the article's account, rural e-commerce in Guangxi reached what coverage level (percentage of villages/areas)?", V("70")),
    ("compound yearly growth of guangxi's e-commerce transactions over 2013→2017, what % did the article give",
     P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3")),
    ("The Sept 2018 forum in Nanning — how many big themes/agenda items was it organised around?", F("3")),
    ("Apart from Guangxi itself, into which other provinces has the Qinzhou direct-sales center pushed its business?",
     L("Hunan", "Jiangxi", "Sichuan")),
    ("9月13号那个信息港电商论坛要围绕哪几个议题研讨，逐条说", L("议题: 跨境电子商务", "议题: 电子商务与物流协同发展", "议题: 农村电商发展")),
    ("给我罗列一下文章里那几个电商节庆、促销类品牌活动的全名",
     L("“党旗领航•电商扶贫 我为家乡代言”", "“壮族三月三”电商节", "“老字号”电商大集", "广西特产网上行", "电商年货节", "电商精准扶贫促销")),
    ("Names of the frontier cities trying out the 'mutual-market trade + cross-border e-commerce' approach?",
     L("Dongxing (county-level city)", "Pingxiang (county-level city)")),
    ("Where are delegates supposed to gather for that mid-September 2018 China-ASEAN e-commerce forum?", L("Nanning")),
    ("Locate the Qinzhou international goods direct-sales centre for me on the map (which port zone).", L("Guangxi Qinzhou Bonded Port Area")),
    ("Our warehouse is in Dongxing; which municipal-level city oversees Dongxing?", L("Fangchenggang")),
    ("做核桃鸡扶贫联动的那个县，归哪个地级市管辖？", L("河池市")),
    ("State Council of the PRC — list its connections in this graph.",
     L("Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing —issued by→ State Council")),
    ("南向通道这个节点周围连着谁？", L("中国-东盟信息港电子商务论坛 —推动→ 南向通道")),
    ("广西商务厅这个机构，和图谱里别的节点有啥连线？", L("中国-东盟信息港电子商务论坛 —承办单位→ 广西壮族自治区商务厅")),
    ("讲师团这个组织，图谱里它的相邻节点是什么", L("成立: 广西壮族自治区")),
    ("三大特色农产品里（香蕉、芒果、螺蛳粉），2017年营收排最后一名的是？", F("柳州螺蛳粉")),
    ("Which product earned the most in 2017 according to the sales numbers stored?", F("Nanning banana")),
    ("Slowest year-on-year growth rate reported anywhere in the article?",
     F("Guangxi Zhuang Autonomous Region online retail sales, year-on-year growth: 13.4 percent (13.4%)")),
    ("所有以人民币计价的数里头，最大的一个对应什么指标？", F("广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)")),
    ("广西电商交易额，在图谱收录的几个时期里，哪个时期数值最大？", F("2017年")),
    ("Among all the % metrics stored, which one tops the chart?",
     F("Guangxi Zhuang Autonomous Region rural e-commerce coverage: more than 70 percent (70 %)")),
    ("国务院那份22城综试区批复，南宁是不是榜上有名？", L("是: 南宁市 —实施→ 跨境电子商务综合试验区")),
    ("思爱普（SAP）这家德企，文中说它进驻广西了没", L("是: 德国思爱普（SAP） —落户→ 广西壮族自治区")),
    ("The product whose 2017 sales topped 3.8 billion yuan — which city is it from?", L("Baise")),
    ("Estimate China's nationwide store total from Guangxi's personal-shop figure and its 0.8% slice.",
     P("Guangxi Zhuang Autonomous Region individual online shops: 54935")),
    ("Rough SKUs-per-merchant ratio at the Nanning direct purchase centre?", F("product SKUs ÷ merchants on site: about 125 count")),
    ("Baise mango sales divided by Liuzhou luosifen sales in 2017 = ?", V("3800000000", "3000000000")),
    # how much more one thing sold than another: the difference leads
    ("How much more did Nanning banana sell than Liuzhou luosifen?", F("difference: 5000000000 yuan (CNY)")),
    ("南宁香蕉比柳州螺蛳粉多卖了多少？", F("相差 5000000000 元")),
    ("What is the difference between Nanning banana and Baise mango sales?", F("difference: 4200000000 yuan (CNY)")),
    ("服务站点比物流网点多多少个？", F("相差 873 个")),
    ("By how much did the number of service stations exceed delivery outlets?", F("difference: 873 count")),
    ("How much higher was the kumquat price after the model than before?", F("difference: 38 yuan per jin")),
    ("农村电商覆盖率比最终消费贡献率高多少？", F("相差 20.0 个百分点")),
    ("How much higher was cross-border yoy growth than online retail yoy growth?", F("difference: 15.4 percentage points")),
    # round 173's wrong answers: a breakdown by country no source gives; a record year; a document's own date of
    # issue, never the source's; the whole from a part and its share (never the share repeated)
    ("Country breakdown (Vietnam, Thailand...?) of the ASEAN enterprises the SME trade promotion platform has served?", R()),
    ("中国-东盟中小企业贸易促进平台服务的东盟企业，国别分布是怎样的？", R()),
    ("Guangxi's record e-commerce year among those in the graph - and the amount?", F("2017")),
    ("国务院那份综试区批复，图谱记的发布时间是什么时候？", L("2018-08")),
    ("跨境425亿约占进出口总额11%，那广西17年进出口总额估计有多少", V("42500000000", "11")),
    # round 173's refusals: everyday words
    ("2018年1到7月份广西网购零售额同比涨幅是多少", V("13.4")),
    ("HR consultancy note - e-commerce in Guangxi has brought work to about how many people (incl. indirect)?", V("120000")),
    ("Total online retail generated through Guangxi's rural e-commerce programme, accumulated up to mid-2018 (July)?", V("5900000000")),
    ("Journalist here: what average yearly growth did Guangxi's e-commerce transactions post over the 2013-2017 stretch?",
     P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3")),
    ("The piece mentions a series of branded e-commerce campaigns (Sanyuesan festival etc.) - how many of them in total?", F("6")),
    ("九月十三号那场信息港电商论坛，会址定在哪座城市", L("南宁市")),
    ("Buying Lingyun tea for a shop in Hanoi - which Guangxi county is its home?", L("Lingyun County")),
    ("which city administers pingxiang, the friendship-pass border city", L("Chongzuo")),
    ("两个水果的销售额掰扯一下：南宁香蕉和百色芒果在2017年差距多大", F("相差 4200000000 元")),
    ("国务院批的跨境综试区，南宁有没有份", L("是: 南宁市 —实施→ 跨境电子商务综合试验区")),
    ("有人说广西农村电商覆盖率已经破八成，对吗", P("无法证实: 广西壮族自治区 农村电商覆盖率: 超过 70 %")),
    ("阿里在广西农村电商这块有业务吗", L("是: 阿里巴巴 —开展农村电商业务→ 广西壮族自治区")),
    ("搞合作社加贫困户电商模式的县是哪个？它那里的金桔价格从多少涨到多少", R()),
    ("金桔涨到40元/斤这个数字的出处句子给我看看", P("“凤山通过“万寿谷核桃鸡产业+电商+贫困户”联动")),
    ("Date the article went online, and what language it's written in?",
     P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20')),
    # a choice (more X or more Y) asked beside "by how much": the answer to the choice first, the difference second
    ("As of July 2018, were there more logistics delivery outlets or more agricultural products developed for online sale in Guangxi? By how much?",
     F("logistics delivery outlets built (cumulative) 2228个 > agricultural products developed for online sale (cumulative) 1826个")),
    # round 174's wrong answers: which prefecture a county is 下辖 of; a year after 超过 is that year's figure, never
    # the number 2017 (it said yes: 7056亿 > 2017)
    ("融安县是哪个市的下辖县？", L("柳州市")),
    ("2018年1-7月的电商交易额有没有超过2017全年的水平？", R()),
    ("2018年1-7月的电商交易额超过2017全年了吗？", R()),
    # round 174's third wrong answer: how many a platform served is its figure of those served, never the count of
    # the things it serves (1, ASEAN)
    ("Which platform serves ASEAN companies, and how many of them has it served?",
     L("China-ASEAN SME Trade Promotion Platform", "China-ASEAN SME Trade Promotion Platform ASEAN enterprises served: more than 200 count (200多家)", "ASEAN")),
    ("how many does the China-ASEAN SME Trade Promotion Platform serve?", V("200")),
    ("中国-东盟中小企业贸易促进平台服务了多少？", V("200")),
    ("How many topics was the China-ASEAN Information Harbor e-commerce forum to discuss?", F("3")),
    # round 174's refusals: the article's opening said before a name; administered from; every node adjacent to;
    # what hangs off; a brand in brackets beside the name; a place's poverty-alleviation linkage model; a combo said
    # after a model's name; the outlet behind the article; online shops over a percent of China's total (the share);
    # an imperative "derive X from"
    ("文章开头说的汉塘村，在哪个县境内？", L("灵山县")),
    ("Planning a trip to Jinxiu Yao county — what prefecture city is it administered from?", L("Laibin")),
    ("For the Hantang case study: list every node adjacent to Hantang in the KG.", P("has designation: Taobao village")),
    ("What hangs off the Guicha tea industry node?", P("Baise Lingyun tea —part of→ Guangxi tea (Guicha) industry")),
    ("核桃鸡（万寿谷品牌）的原产地是广西哪里？", L("凤山县")),
    ("出产核桃鸡的那个县，它的扶贫联动模式带动了多少贫困户？", V("10000")),
    ("凤山县的电商扶贫模式带动了多少贫困户？", V("10000")),
    ("Border trade + CBEC combo: is Dongxing doing it?", P("yes: Dongxing (county-level city) —adopts model→")),
    ("Media outlet behind the source article, and its date?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20')),
    ("Did Guangxi's personal online shops exceed 1% of the national total in 2017?", P("no: Guangxi Zhuang Autonomous Region share of all shops in China: 0.8 percent")),
    ("Were Guangxi's online shops less than 1% of China's total?", P("yes: Guangxi Zhuang Autonomous Region share of all shops in China: 0.8 percent")),
    ("Derive GX's 2017 total foreign trade from the 425亿 CBEC figure and its ~11% share.", V("42500000000", "11")),
    # a facility said by its figure with words before its class word (那个国际商品直销中心): where it is, never the figure
    ("开了30多家体验店的那个国际商品直销中心，位置在哪？", L("广西钦州保税港区")),
    # round 175's wrong answers: 来桂落地 is settling (never those that came to develop); a lead 想找… answered by a
    # bare 是哪个 is the question (no figure by county: refused, never all of Guangxi's facts); a clause describing
    # the name before a colon (Kumquats that jumped …:) is no part asked, and "their" is the name's; produces is no
    # typo of products
    ("来桂落地的跨境电商平台，文章里点了哪几家名字？", L("德国思爱普（SAP）", "浙江聚贸", "阿里巴巴一达通")),
    ("想找农村网络零售额排第一的广西县，是哪个？", R()),
    ("Kumquats that jumped from 2 to 40 yuan/jin: what's their county of origin and that county's prefecture?", L("Rong'an County", "Liuzhou")),
    ("Rong'an kumquat: what's their county of origin and that county's prefecture?", L("Rong'an County", "Liuzhou")),
    ("What other graph products come from the prefecture that produces Baise mango?", L("Baise Lingyun tea")),
    ("Which county produces Lingyun tea?", L("Lingyun County")),
    ("The product that sold 3.8 billion yuan: where is it from?", F("Baise")),
    # round 175's refusals: 广西村里的; upper-level prefecture; per the NBS data; docs put out by; pit … against;
    # 3101-ish; "province/region is fine"; examples in brackets (… and the others); counted as parts of; 带起来;
    # 哪几块区域 after "文章里写了"; 牵出了哪些关系; subtypes
    ("做农村快递的朋友问我：广西村里的物流配送网点到2018年7月累计建了多少？", V("2228")),
    ("Lingyun, Guangxi — upper-level prefecture?", L("Baise")),
    ("Jingxi in Guangxi sits under which prefecture-level city, per the NBS data?", L("Baise")),
    ("Docs put out by the Guangxi government's General Office - which ones appear here?",
     L("Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
       "Notice of the regional government's general office issuing the implementation plan of the \"Internet + circulation\" action plan")),
    ("China-ASEAN e-commerce summit venue? province/region is fine", L("Guangxi Zhuang Autonomous Region")),
    ("Name every kind of Guangxi rice noodle mentioned (luosifen and the others).",
     P("Guilin rice noodles —is a kind of→ Guangxi rice noodles")),
    ("How many teas are counted as parts of the Guangxi Guicha tea industry?", F("4")),
    ("广西米粉往上游带起来了什么产业，比如螺蛳那块", L("竹笋种植", "螺蛳养殖", "豆角种植")),
    ("南宁那个直购体验中心的货源地，文章里写了哪几块区域？", L("东盟", "欧美", "澳洲")),
    ("东兴这个城市在知识图谱里牵出了哪些关系？", P("采用模式: “互市贸易+跨境电商”新模式")),
    ("KG neighbours of 'Guangxi rice noodles' - upstream, downstream, subtypes", P("bamboo-shoot growing")),
    ("Cumulative to July 2018: service stations 3101-ish, delivery outlets, online product listings — which of the three is the biggest count?",
     F("rural e-commerce service stations built (cumulative)")),
    # ASEAN client companies are the ASEAN enterprises served; "developed by a Guangxi local enterprise" describes the
    # platform; 坐落在什么园区 asks where
    ("Number of ASEAN client companies of that SME trade-promotion platform developed by a Guangxi local enterprise?", V("200")),
    ("How many ASEAN clients does the SME trade promotion platform have?", V("200")),
    ("钦州的国际商品直销中心坐落在什么园区？", L("广西钦州保税港区")),
    ("钦州那个直销中心坐落在哪里？", L("广西钦州保税港区")),
    # each part's figure said beside it in a sum asked (香蕉80亿、芒果38亿…这仨…一共多少钱): the sum; a figure claimed
    # is never dropped (90亿 is checked, not confirmed)
    ("我在做特产经济的PPT，香蕉80亿、芒果38亿、螺蛳粉30亿这仨2017年一共多少钱？", F("合计至少 14800000000 元")),
    ("南宁香蕉2017年销售额90亿，对吗？", P("南宁香蕉 年销售额: 突破 8000000000 元")),
    ("53.3% average annual e-commerce growth vs 28.8% cross-border growth — which belongs to what, and which is higher?",
     P("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3 percent")),
    # the industries a product drives are its upstream and downstream ones, never the chain it is part of (5 with it)
    ("广西米粉带动了几个产业？", F("4")),
    ("How many industries did Guangxi rice noodles drive?", F("4")),
    ("Which industries does Guangxi rice noodles drive?",
     L("drives downstream industry: online e-commerce", "drives upstream industry: bamboo-shoot growing",
       "drives upstream industry: cowpea (long bean) growing", "drives upstream industry: river-snail farming")),
    # the e-commerce total is the e-commerce transaction volume; the lowest e-commerce year
    ("Pit the 2013 e-commerce total against Jan-Jul 2018 online retail: which number is bigger?",
     F("e-commerce transaction volume 1266亿元 > online retail sales 528亿元")),
    ("Lowest e-commerce transaction year on record for Guangxi in the KG?", F("2013")),
    # a lead about the asker before a phrase that names the thing asked (凭祥市的上级地级市叫什么)
    ("我们在凭祥有个边贸仓，凭祥市的上级地级市叫什么？", L("崇左市")),
    # a number claimed as reached (有3000个吗, were there 3000) below the figure: more than that, never a plain no;
    # a number claimed as the figure itself (was the number 50,000) stays a no
    ("Were there 3000 rural e-commerce service stations by July 2018?", P("more than that: Guangxi Zhuang Autonomous Region rural e-commerce service stations built")),
    ("截至2018年7月，广西农村电商服务站有3000个吗？", P("不止这个数: 广西壮族自治区 农村电商服务站点数（累计）: 3101")),
    ("Did Guangxi have 50,000 personal online shops in 2017?", P("more than that: Guangxi Zhuang Autonomous Region individual online shops: 54935")),
    ("Was the number of personal online shops 50,000 in 2017?", P("no: Guangxi Zhuang Autonomous Region individual online shops: 54935")),
    ("Were there 4000 rural e-commerce service stations by July 2018?", P("no: Guangxi Zhuang Autonomous Region rural e-commerce service stations built")),
    # "with the amounts", "and their values": each one's figure; does its reach include X: does it reach X
    ("Give me all products that have 2017 sales values in the graph, with the amounts.",
     P("Baise mango annual sales: exceeding (broke through) 3800000000 yuan (CNY)")),
    ("List all products with 2017 sales and their values.", P("Baise mango annual sales: exceeding (broke through) 3800000000 yuan (CNY)")),
    ("Qinzhou's bonded port goods centre: does its reach include Guangdong, or only other provinces?",
     P("cannot tell: the source lists Hunan, Jiangxi, Sichuan and others")),
    # a ratio asked of two things (divided by, ratio of A to B, how many times A was B, 除以, 几倍): A over B leads,
    # never the larger of the two alone
    ("Baise mango sales divided by Liuzhou luosifen sales in 2017 = ?", F("ratio: 1.27 (Baise mango ÷ Liuzhou river-snail rice noodles)")),
    ("What is the ratio of Baise mango sales to Liuzhou luosifen sales in 2017?", F("ratio: 1.27 (Baise mango ÷ Liuzhou river-snail rice noodles)")),
    ("How many times Liuzhou luosifen's 2017 sales were Baise mango's?", F("ratio: 0.79 (Liuzhou river-snail rice noodles ÷ Baise mango)")),
    ("柳州螺蛳粉销售额是南宁香蕉的几倍？", F("比值 0.38（柳州螺蛳粉 ÷ 南宁香蕉）")),
    ("百色芒果销售额除以柳州螺蛳粉销售额是多少？", F("比值 1.27（百色芒果 ÷ 柳州螺蛳粉）")),
    # the other (sibling) teas of a tea in its industry: the industry's other members, never the industry
    ("What are the sibling teas of Lingyun tea in its industry?",
     L("Fangchenggang golden camellia tea", "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    ("What are the other teas of Lingyun tea in its industry?",
     L("Fangchenggang golden camellia tea", "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    # round 176's refusals: everyday wording (电商进农村的业务培训, delegation prep —, sat around, net retail, chalked up,
    # O2O experience stores, trading in, moved its base to, the rice-noodle boom, pull along in Guangxi, out-of-region,
    # served by the centre, 都建了些啥, 这个富硒说的是哪里, home of, 代管, 连线, or done, enter Guangxi
    # for development, 到没到七成, 425 亿, moli (jasmine), examples said first, file under)
    ("做农村电商调研：到2018年7月底，广西电商进农村的业务培训累计做了多少人次？", V("200000")),
    ("Trade delegation prep — how many square metres is the Nanning cross-border direct-purchase experience hall?", V("8000")),
    ("per the Sina piece, final consumption's contribution rate to growth in the region sat around what level?", V("50")),
    ("Rural net retail sales Guangxi had chalked up (cumulative) by July 2018?",
     P("Guangxi Zhuang Autonomous Region rural online retail sales (cumulative): 5900000000")),
    ("qinzhou bonded port zone direct sales centre how many O2O experience stores does it have", V("30")),
    ("Liuzhou luosifen, Guilin mifen... how many rice noodle varieties does the KG file under Guangxi rice noodles?", F("3")),
    ("For our ASEAN exporters: roughly how many merchants are already trading in Nanning's direct-purchase experience centre?", V("400")),
    ("Name every cross-border e-commerce platform the article says moved its base to Guangxi.", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("京东之外，还有哪些电商大厂被写成入桂发展的？全部列出", L("唯品会", "敦煌", "至简云图", "谷歌")),
    ("Which upstream sectors does the rice-noodle boom pull along in Guangxi? list them",
     L("bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming")),
    ("For a logistics bid: which out-of-region provinces are served by that Qinzhou bonded-port goods centre?", L("Hunan", "Jiangxi", "Sichuan")),
    ("凭祥、东兴都建了些啥？", P("凭祥市: ")),
    ("Delegation logistics: in which city does the 13 Sept 2018 info-harbour e-commerce forum take place?", L("Nanning")),
    ("贵港富硒产品，这个富硒说的是广西哪个地方？", L("贵港市")),
    ("Hengxian's moli (jasmine) tea — where exactly is that produced?", L("Hengzhou (county-level city)")),
    ("Fengshan county, home of Wanshougu chickens — what's its prefecture-level city?", L("Hechi")),
    ("东兴这个县级市归谁代管？", L("防城港市")),
    ("凭祥这个边境城市，图谱上跟哪些模式、平台、设施有连线？", L("“互市贸易+跨境电商”新模式", "线上边民互市综合管理信息平台", "线下跨境电商监管中心")),
    ("What has 国务院 issued or done according to your graph?",
     L("Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing")),
    ("Google — did it enter Guangxi for development, yes or no?", P("yes: Google —came to develop in→ Guangxi Zhuang Autonomous Region")),
    ("全区农村电商覆盖面到没到七成？", P("是: 广西壮族自治区 农村电商覆盖率: 超过 70 %")),
    ("Give the link to the article behind the 425 亿 cross-border turnover number.",
     P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20, http://gx.sina.com.cn/')),
    ("the Sina Guangxi story your data comes from: what's its dct language tag?",
     L('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20, http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml',
       "language: Simplified Chinese (zh-Hans)")),
    ("entrepreneurs driving Guangxi's online business boom are mostly how old?",
     P("Guangxi Zhuang Autonomous Region age of the main group of e-commerce entrepreneurs: 16–40 years of age")),
    ("Largest money amount (yuan) quoted in the Sina Guangxi story?",
     P("Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000 yuan (CNY)")),
    ("广西电商交易额在图谱记录的年份里，峰值出现在哪年？", F("2017年")),
    ("Of the cumulative July-2018 rural counts — stations, outlets, online agri SKUs — which tops the list?",
     F("rural e-commerce service stations built (cumulative)")),
    ("How does Guangxi's 2017 e-commerce turnover compare with its 2013 turnover?", V("53.3", "126600000000", "705600000000")),
    ("广西个人网店数在西部省份是不是排第一？", P("否: 广西壮族自治区 西部省份排名: 3 名")),
    ("Backing out from the +28.8% YoY, what was the 2016 cross-border turnover?", V("42500000000", "28.8")),
    # a noun asked with a clause whose verb has no object (Jobs e-commerce has created in Guangxi?) asks for the
    # figure, never yes or no; a statement with its object (dongxing uses the border trade model?) still asks yes or no
    ("Jobs e-commerce has created in Guangxi?", P("Guangxi Zhuang Autonomous Region jobs created directly and indirectly: about 120000")),
    ("Service stations Guangxi had built by July 2018?", P("Guangxi Zhuang Autonomous Region rural e-commerce service stations built (cumulative): 3101")),
    ("Online retail sales Guangxi had by July 2018?", P("Guangxi Zhuang Autonomous Region online retail sales: 52800000000")),
    ("Fengshan has adopted a model?", P("yes: Fengshan County —adopts model→")),
    # round 177's wrong answers: what an office (the State Council) published is what it issued, never the article
    # (a news outlet's publishing still is); an estimate asked after the share given (据此估一下…进出口规模) is the
    # total worked out, never the share again; and its partial answers: 链接是多少 is no count; the prefecture it
    # sits in asks, no yes or no
    ("What did the 自治区人民政府办公厅 publish, per the graph? List all.",
     L("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见", "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("What has the State Council published?", L("Reply approving cross-border e-commerce comprehensive pilot zones in 22 cities including Beijing")),
    ("What has Sina Guangxi published?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi')),
    ("跨境电商占进出口约11%，据此估一下广西17年外贸进出口规模", V("42500000000", "11")),
    ("用425亿和约11%的比例，估算广西2017年外贸进出口总额", V("42500000000", "11")),
    ("根据2017年的数据，广西电商交易额是多少？", L("广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)")),
    ("这篇新闻的原始链接是多少", P("《广西电商新跨越 经济增长新引擎》，新浪广西，2018-08-20，http://gx.sina.com.cn/")),
    ("Walnut-chicken linkage county: name it, its product and the prefecture it sits in.", L("Fengshan County")),
    # round 177's refusals: everyday wording (import direct-purchase showroom, pre-cooperative, what goes in the cell,
    # small & medium enterprise trade promo platform, 在广西农村铺开, 被说成是, moved to Guangxi, platforms for
    # cross-border trade, files as a type of, mifen variety, meets in, the leaves are from, -brand, bottom of the three,
    # aggregate … into one number, 销售额更好, 涨幅大, quoted for, top the western-province ranking, y/n, classified under)
    ("Scouting retail space: how many square metres is that Nanning import direct-purchase showroom?", V("8000")),
    ("kumquat farmers in rong'an - what price per jin were they getting originally, pre-cooperative?", F("Rong'an kumquat price before the model: 2 yuan per jin (2元/斤)")),
    ("I'm updating a spreadsheet row: Guangxi web retail value, cumulative 1–7月 2018 — what goes in the cell?", V("52800000000")),
    ("how many southeast asian (ASEAN) enterprises use the China-ASEAN small & medium enterprise trade promo platform", V("200")),
    ("在广西农村铺开农村电商业务的知名平台，具体是哪几家", L("乐村淘", "京东", "赶街", "阿里巴巴")),
    ("Which platforms for cross-border trade does the article say have moved to Guangxi?", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("哪些电商龙头公司被说成是“入桂发展”的，给我列个名单", L("京东", "唯品会", "敦煌", "至简云图", "谷歌")),
    ("list every mifen variety that the KG files as a type of Guangxi rice noodle", P("Guilin rice noodles —is a kind of→ Guangxi rice noodles")),
    ("Which guangxi rice-noodle variety has the highest recorded sales?", R()),
    ("The info-harbour e-comm forum meets in which city?", L("Nanning")),
    ("Buying Lingyun-brand tea for our Hanoi shop — the leaves are from which county of Guangxi?", L("Lingyun County")),
    ("文中两个同比增长率——跨境电商那个和网络零售那个，谁的涨幅大", P("广西壮族自治区 跨境电商交易额同比增长: 28.8 %")),
    ("百色芒果跟螺狮粉比，17年哪个销售额更好", F("百色芒果")),
    ("Nanning banana / Baise mango / Liuzhou luosifen — bottom of the three by 2017 sales?", F("Liuzhou river-snail rice noodles")),
    ("Which is the slowest growth rate qouted for Guangxi?", P("Guangxi Zhuang Autonomous Region online retail sales, year-on-year growth: 13.4 percent")),
    ("Did Guangxi top the western-province ranking on personal web stores in 2017?", P("no: Guangxi Zhuang Autonomous Region rank among western provinces: 3")),
    ("guilin mifen - classified under guangxi rice noodles, y/n?", P("yes: Guilin rice noodles —is a kind of→ Guangxi rice noodles")),
    ("Aggregate the banana, mango and snail-noodle revenue for 2017 into one number, please.", F("combined: at least 14800000000 yuan (CNY)")),
    # round 178's wrong answers: January to December of a year is the whole year (the graph has January to July
    # only: refused, never "yes" with the seven months; "What is it?" after "Do you have" is the same question); the
    # graph's origin link asks where, no source; before or after is said of the things in the order asked
    ("Do you have a January-to-December 2018 total for Guangxi e-commerce transactions? What is it?", R()),
    ("What was Guangxi's Jan-Dec 2018 e-commerce transaction volume?", R()),
    ("Do you have a 2017 total for Guangxi e-commerce transactions? What is it?", P("yes: Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000")),
    ("Where is the Wanshougu walnut chicken raised, per the graph's origin link?", L("Fengshan County")),
    ("Did the Sina report come out before or after the Nanning info-harbour e-commerce forum date?",
     F("before (the article 2018-08-20; China-ASEAN Information Harbor E-commerce Forum 2018-09-13)")),
    ("Was the forum held before or after the article?", F("after (China-ASEAN Information Harbor E-commerce Forum 2018-09-13; the article 2018-08-20)")),
    # session 77, my own probes: a noun phrase asked with a verb and nothing after it (sits in?, comes from?) asks the
    # place, and at the level named (the county …: none when its origin is a prefecture); "the hosts of" is a noun,
    # no yes/no; 来没来, 落没落 ask whether
    ("the prefecture Fengshan county sits in?", L("Hechi")),
    ("The county the kumquat comes from?", L("Rong'an County")),
    ("the county Baise mango comes from?", R()),
    ("the hosts of the forum?", L("People's Government of Guangxi Zhuang Autonomous Region")),
    ("谷歌来没来广西发展？", P("是: 谷歌")),
    ("阿里巴巴一达通落没落户广西？", P("是: 阿里巴巴一达通")),
    ("Name every product from Hechi.", L("Hechi longevity food", "Wanshougu walnut chicken")),
    ("Name every product from Baise.", L("Baise Lingyun tea", "Baise mango")),
    # year on year asked of a figure the graph has for 2013 and 2017 only: no year-on-year growth (never 2013 to 2017)
    ("广西电商交易额同比增长了多少？", R()),
    ("What was the year-on-year growth of Guangxi's e-commerce transaction volume?", R()),
    ("广西网络零售额同比增长了多少？", V("13.4")),
    ("百色出啥好东西？", L("百色凌云茶", "百色芒果")),
    # round 179's wrong answers: what is part of (included in, grouped as) a group asks its members, never what the
    # group is part of; a year said of an event (2019年的论坛, the 2019 forum) is an edition the graph does not hold
    ("What types of rice noodle are grouped as 'Guangxi rice noodles' in your data?",
     L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("What is part of Guangxi rice noodles?", L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("What is included in Guangxi rice noodles?", L("Guilin rice noodles", "Liuzhou river-snail rice noodles", "Nanning laoyou noodles")),
    ("What is Guangxi rice noodles part of?", L("Guangxi rice-noodle industry chain")),
    ("2019年的中国-东盟信息港电商论坛是不是还放在南宁办？", R()),
    ("Will the 2019 forum be held in Nanning?", R()),
    ("2018年的论坛在南宁办吗？", P("是")),
    ("论坛是2019年办的吗？", P("否: 2018-09-13")),
    # round 179's partial answer: a kind of rate (average annual) said of one rate asks nothing of the other's kind
    ("Was the 2013-2017 average annual growth of Guangxi's e-commerce volume higher than the 2017 growth of cross-border e-commerce?",
     P("yes: average annual growth of e-commerce transaction volume 53.3% > cross-border")),
    # round 179's refusals: a year said of the event named (18年那场论坛, the 2018 forum) says which, and is used
    # (another year's edition is not held); transaction totals, volume figures; the theme line
    ("18年那场信息港电商论坛，具体承办的是哪个部门？", L("广西壮族自治区商务厅")),
    ("Who organised the 2018 forum?", L("Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("Who organised the 2019 forum?", R()),
    ("Give me Guangxi's e-commerce transaction totals for 2013, for 2017, and for January-July 2018.",
     V("126600000000", "705600000000", "422000000000")),
    ("What was the official theme line of the September 2018 forum in Nanning?",
     L("New integration of the e-commerce industry, new development of digital commerce")),
    ("Tell me the number of agenda topics debated at Nanning's 13 Sept 2018 e-commerce forum.", F("3")),
    ("Which localities are trying out the border-trade-plus-cross-border-e-commerce model?",
     L("Dongxing (county-level city)", "Pingxiang (county-level city)")),
    ("The Nanning cross-border direct-purchase centre is an instance of which trade model?",
     L("implements model: Cross-border e-commerce O2O offline experience store")),
    ("Guigang is showcased for what kind of produce?", L("Guigang selenium-rich products")),
    ("图谱里标明产地是南宁市的产品有哪些？", L("南宁老友粉", "南宁香蕉", "横县茉莉花茶")),
    # the share and amount given before 照这个倒推 / 据此估一下, (a comma after, 约为 at the end): the total worked out
    ("跨境电商占外贸约11%、金额425亿，照这个倒推，17年广西外贸进出口规模约为？", V("42500000000", "11")),
    ("跨境电商占外贸约11%、金额425亿，据此估一下，17年广西外贸进出口规模约为？", V("42500000000", "11")),
    ("按28.8%的同比增速倒推，2016年广西跨境电商交易额是多少？", V("42500000000", "28.8")),
    # 跟凭祥一块儿 (as 一起): the other city, never Pingxiang too; 边境城市 after 的/个; 送货的物流网点; 卖额凑一块儿;
    # 沾边的; ran that story under what headline
    ("跟凭祥一块儿搞“互市贸易+跨境电商”的另一个边境城市，归哪个地级市？", L("防城港市")),
    ("截至18年7月，村里的电商服务站和送货的物流网点比起来，谁的数量领先，差距几个？", V("3101", "2228")),
    ("香蕉、芒果、螺蛳粉这三样17年卖额凑一块儿有多少亿？按文中“突破”的数加", F("合计至少 14800000000 元")),
    ("图谱里跟“一带一路”沾边的信息有哪些？", L("广西壮族自治区 —处在节点→ 一带一路")),
    ("The 42.5-billion-yuan cross-border number for 2017: which outlet ran that story and under what headline?", P('"Guangxi e-commerce')),
    # two shares said in Chinese (网店占全国的比重, 跨境电商占进出口的比重) compared; which is higher (lower): that one first
    ("广西网店占全国的比重，跟跨境电商占进出口的比重，哪个更低？", F("占全国店铺数比重 0.8% < 跨境电商交易额占进出口总额比重 11%")),
    ("网店占全国店铺数比重和跨境电商占进出口总额比重哪个高？", F("跨境电商交易额占进出口总额比重 11% > 占全国店铺数比重 0.8%")),
    ("Which is higher: Guangxi's share of China's shops or cross-border e-commerce's share of foreign trade?",
     F("cross-border e-commerce as share of total imports and exports 11% > share of all shops in China 0.8%")),
    ("个人网店54935家占全国0.8%，倒推一下全国大概多少家店？", V("54935", "0.8")),
    # a figure, its share and its growth asked together: all three
    ("Put numbers on Guangxi's 2017 cross-border e-commerce: total volume, its share of foreign trade, and the growth rate.",
     V("42500000000", "11", "28.8")),
    ("2017年广西跨境电商交易额、占进出口比重和同比增长分别是多少？", V("42500000000", "11", "28.8")),
    ("广西米粉这条产业链讲的是什么？", F("广西米粉产业链: 产业")),
    # my own probes: an order in time asked of things (最早发布, issued first) is no list of them with their issuers
    ("哪个政策最早发布？", R()),
    ("Which policy was issued first?", R()),
    ("Which event was held earliest?", R()),
    # how many people were trained: the training's person-times (20万人次), the unit said with it
    ("How many people were trained?", V("200000")),
    ("培训了多少人？", V("200000")),
    ("How many products were developed for online sale, and how many people were trained?", V("1826", "200000")),
    # my own probes: 多卖百分之几 / 多卖几成 is the excess (110.5%), never the ratio (210.5%)
    ("南宁香蕉比百色芒果多卖百分之几？", F("南宁香蕉 年销售额: 突破 8000000000 元 (80亿)")),
    ("南宁香蕉比百色芒果多卖几成？", V("8000000000", "3800000000")),
    ("How many percent more did Nanning banana sell than Baise mango?", F("about 110.5% more")),
    ("How many percent more did Baise mango sell than Liuzhou luosifen?", F("about 26.7% more")),
    # where does the graph get a figure from: the figure's source, never every source of the graph
    ("Where does the graph get the 3101 figure from?", L('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20, ' + SINA)),
    # round 180's wrong answers: the names of things the graph only counts (Names, please, of every…; Every … ?) are
    # refused, never the count with the group they belong to; a judgement or a number asked of a thing (规模大不大,
    # 到场人数有没有超过一千) is no list of its facts
    ("Names, please, of every ASEAN company that the China-ASEAN SME trade promotion platform has worked with.", R()),
    ("Every ASEAN company that the SME trade promotion platform has worked with?", R()),
    ("All products from Baise?", L("Baise Lingyun tea", "Baise mango")),
    ("2018年那届信息港电商论坛，到场人数有没有超过一千？", R()),
    ("信息港电商论坛，到场人数有没有一千？", R()),
    ("信息港电商论坛的规模大不大？", R()),
    ("凤山有没有一些特产？", P("采用模式")),
    ("服务站点超过三千个了吗？", P("是: 广西壮族自治区 农村电商服务站点数（累计）: 3101")),
    # round 180's refusals: everyday wording (employment footprint, pulled up, need both endpoints, supposedly, (not the
    # government itself), clear 50 billion, organising unit, run 'title', extracted from, 拔得头筹, 总盘子, 图谱里被算作)
    ("e-com's employment footprint in Guangxi (direct + indirect) — what's the estimate?", V("120000")),
    ("Fengshan's walnut-chicken + e-commerce scheme: number of poor households it pulled up?", V("10000")),
    ("Need both endpoints: Guangxi e-commerce transaction value in 2013 and in 2017, please.", V("126600000000", "705600000000")),
    ("Which of the policy papers were put out by the regional government's General Office (not the government itself)?",
     L("Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
       "Notice of the regional government's general office issuing the implementation plan of the \"Internet + circulation\" action plan")),
    ("did online retail in Guangxi clear 50 billion yuan over Jan–Jul 2018?", P("yes: Guangxi Zhuang Autonomous Region online retail sales")),
    ("Quick check for my story: the Info Harbor e-commerce forum — was the organising unit (承办) the regional Department of Commerce?", P("yes:")),
    ("On what date did Sina Guangxi run 'Guangxi e-commerce's new leap, a new engine of economic growth'?", P('"Guangxi e-commerce')),
    ("English title of the news story the graph's facts were extracted from?", P('"Guangxi e-commerce')),
    ("图谱里那些2017年的产品销售额，谁拔得头筹？", F("南宁香蕉")),
    ("跨境电商425亿元约占进出口总额11%，据此估算当年广西外贸进出口总盘子大概多大？", V("42500000000", "11")),
    ("图谱里被算作桂茶产业组成部分的茶叶产品，总共几个？", F("茶叶: 4")),
    ("Which showed the stronger YoY growth — cross-border e-com in 2017, or Guangxi's online retail sales for Jan–Jul 2018?",
     P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume, year-on-year growth: 28.8")),
    # round 181's wrong answers: a facility's status (up and running, operating) is not held: refused, never yes or no
    # from another of its facts; the prefecture above asked after a clause naming a thing is where the thing is
    ("Is the Dongxing cross-border e-commerce supervision centre already up and running?", R()),
    ("Is the Dongxing supervision centre running?", R()),
    ("Is the Dongxing cross-border e-commerce supervision centre operating?", R()),
    ("凌云县出的那款茶，上级地级市是哪个？", L("百色市")),
    ("Who is running the Qinzhou centre?", R()),
    ("Who's running the Qinzhou centre?", R()),
    ("Which model is Fengshan running?", L('"Wanshougu walnut-chicken industry + e-commerce + poor households" linkage')),
    # round 181's refusals: everyday wording (does the legwork, landed, you file under, 销冠, 保底, 掌握些什么)
    ("Which department does the legwork (承办) for the 13 September information-harbor forum?",
     L("Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("Count the cross-border e-commerce platforms described as having landed (落户) in Guangxi.", F("3")),
    ("Counting only the teas you file under Guicha, how many are there?", F("4")),
    ("香蕉、芒果、螺蛳粉这三样，17年谁是销冠？", F("南宁香蕉")),
    ("香蕉、芒果、螺蛳粉三样2017年卖的钱凑一块儿，保底是多少亿？", F("合计至少 14800000000 元")),
    ("越南芒街的贸易伙伴想了解东兴：关于东兴你们掌握些什么？", P("采用模式")),
    # session 78's probes: up said of a percent or before a year is the growth, never the volume; cities none of them
    # prefecture-level are counted at any level; a list of names introduced by its count (three brands:) is the names
    ("How much % up was Guangxi's cross-border e-commerce in 2017?", V("28.8")),
    ("cross border e-com GX 2017, how much % up vs 2016?", P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume")),
    ("Guangxi cross-border e-commerce 2017: percent up vs 2016?", V("42500000000", "28.8")),
    ("探索“互市贸易+跨境电商”新模式的边境城市有几个？", F("2")),
    ("How many cities adopt the border trade + cross-border e-commerce model?", F("2")),
    ("广西有几个城市？", F("14")),
    ("Commerce bureau intern here: tally of Guangxi counties holding the national rural e-commerce demo-county designation?",
     P("Guangxi Zhuang Autonomous Region national rural e-commerce demonstration counties: 47")),
    ("Three farm-and-food brands, 2017 turnover each: Nanning banana, Baise mango, Liuzhou snail noodles.",
     V("3800000000", "3000000000", "8000000000")),
    ("这三个品牌2017年各卖了多少：南宁香蕉、百色芒果、柳州螺蛳粉", V("3800000000", "3000000000", "8000000000")),
    ("茶商打听：六堡这款黑茶出自广西哪个市？", L("梧州市")),
    ("图谱里产地标注为南宁的特产有哪些？", L("南宁老友粉", "南宁香蕉", "横县茉莉花茶")),
    ("Qinzhou's direct-sales centre for imported goods follows what business format?", L("Cross-border e-commerce O2O offline experience store")),
    ("Agenda check for our delegation: which discussion themes has the Nanning information-harbor forum set?",
     L("cross-border e-commerce", "coordinated development of e-commerce and logistics", "rural e-commerce development")),
    ("Is the Beihai information-harbor forum about rural e-commerce?", R()),
    ("Which body put out the reply that approved the 22 cross-border pilot zones?", L("State Council")),
    ("Has Hantang Village been recognised as a Taobao village?", P("yes:")),
    # round 182's wrong answers: a second sentence asking whether the first is on record adds nothing (never a yes of
    # its own); who asked beside another relation (the operator running it) asks the organisation alone
    ("淘宝村在广西有多少个？有统计吗", R()),
    ("How many Taobao villages does Guangxi have — any figures?", R()),
    ("柳州螺蛳粉2017年卖了多少？有数据吗？", V("3000000000")),
    ("Who's the operator running Nanning's direct-purchase centre for cross-border goods — any company name?", R()),
    ("南宁直购中心是谁在运营？", R()),
    ("Who hosted and who organised the China-ASEAN Information Harbor E-commerce Forum?",
     L("hosted by: People's Government of Guangxi Zhuang Autonomous Region", "organised by: Department of Commerce of Guangxi Zhuang Autonomous Region")),
    # a verb of passing right before a number bounds the things listed, never ranks them
    ("Which products exceeded 3 billion yuan in sales in 2017?", L("Baise mango", "Liuzhou river-snail rice noodles", "Nanning banana")),
    ("Which products' 2017 sales topped 3 billion yuan?", L("Baise mango", "Liuzhou river-snail rice noodles", "Nanning banana")),
    ("Which Guangxi products topped 3 billion yuan in sales in 2017?", L("Baise mango", "Liuzhou river-snail rice noodles", "Nanning banana")),
    # round 182's refusals: everyday wording (headline numbers, signed off, 主打, 进口货, under what theme, in a nutshell,
    # what's the deal with, wat, an aside between dashes, X here, product range, tenants)
    ("Give me the January–July 2018 headline numbers for Guangxi: total e-commerce transactions and online retail, with the growth figure.",
     V("13.4", "422000000000", "52800000000")),
    ("Which body signed off on the pilot-zone reply?", L("State Council")),
    ("“电商+农民合作社+贫困户”这个模式主打的是什么产品？", L("融安金桔")),
    ("南宁直购体验中心卖的进口货，产地覆盖哪些国家和地区？", L("东盟", "澳洲", "欧美")),
    ("Under what theme was the Sept 2018 China-ASEAN e-commerce forum in Nanning being run?",
     P("theme: New integration of the e-commerce industry, new development of digital commerce")),
    ("Dongxing in a nutshell — what's recorded about it?", P('adopts model: "Border trade + cross-border e-commerce" model')),
    ("Wat did Jingdong do in Guangxi?", L("came to develop in: Guangxi Zhuang Autonomous Region", "operates rural e-commerce in: Guangxi Zhuang Autonomous Region")),
    ("Did 'Dunhuang wang' — the cross-border B2B site — come to Guangxi?", P("yes:")),
    ("Journalist here, profiling Nanning's cross-border direct-purchase experience centre: what are its size, tenant and product-range numbers?",
     V("8000", "400", "50000")),
    ("How many tenants does the Nanning centre have?", V("400")),
    ("Under the rural demo programme, what's the tally of agricultural products cultivated for online sale as of July 2018?", V("1826")),
    ("In the rural e-commerce demonstration work, what did cumulative online retail sales add up to as of July 2018?", V("5900000000")),
    ("电商对就业的拉动作用有多大？广西这边估算下来带了多少人就业", V("120000")),
    ("What were the 2017 sales of mangoes from Baise?", V("3800000000")),
    # a list's last part after "plus" is one more part asked, never a sum
    ("I need both ends of the series: Guangxi e-commerce turnover in 2013 and in 2017, plus the average yearly growth the article gives.",
     F("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3 percent (53.3%)")),
    ("Guangxi e-commerce turnover in 2013 and in 2017, plus the average yearly growth?",
     F("Guangxi Zhuang Autonomous Region average annual growth of e-commerce transaction volume: 53.3 percent (53.3%)")),
    ("What is Baise mango's 2017 sales plus Nanning banana's?", F("combined: at least 11800000000 yuan (CNY)")),
    ("Guicha — how many distinct teas does the article fold into that industry?", F("4")),
    ("钦州保税港那家卖进口商品的直销中心，把业务铺到了外面几个省？", F("3")),
    ("南宁那个直购体验中心，平均一个入驻商家摊到多少个SKU？", F("商品SKU数 ÷ 入驻商家数：约 125 个")),
    ("加快电子商务发展的若干意见，是哪一级政府出的文？", L("广西壮族自治区人民政府")),
    ("加快电商发展的若干意见是谁发的？", L("广西壮族自治区人民政府")),
    # a figure bound said with 比 (比30亿多) bounds the things listed, never ranks them
    ("哪些产品2017年销售额比30亿多？", L("百色芒果", "柳州螺蛳粉", "南宁香蕉")),
    ("南宁香蕉2017年卖得比30亿多吗？", P("是:")),
    # months set against a whole year, which is larger: the two figures compared, never a growth rate between them
    ("2018年前7个月的电商交易额，比2013年一整年的还多吗？各是多少？", F("2018-01至2018-07")),
    ("Was Guangxi's e-commerce transaction volume in Jan-Jul 2018 larger than in 2013?", F("2018-01 to 2018-07")),
    ("广西有几个淘宝村？图谱里有吗", R()),
    ("广西有几个淘宝村？有数据吗", R()),
    ("List products that beat 3 billion yuan in 2017 sales.", L("Baise mango", "Liuzhou river-snail rice noodles", "Nanning banana")),
    ("Did luosifen beat 3 billion yuan in 2017 sales?", P("yes:")),
    # an example set between commas (the Sanyuesan festival among them) or in brackets (JD-type companies) is no part asked
    ("How many e-commerce events, the Sanyuesan festival among them, are there?", F("6")),
    ("How many e-commerce brand promotion events, the Sanyuesan festival among them, does the article list?", F("6")),
    ("Count for me the big-name e-com firms that 'entered Guangxi to develop' (JD-type companies).", F("5")),
    # a figure named after a share and asked for (its rank) is one more part, never dropped for the share
    ("2017年广西个人网店有多少家、占全国店铺比重多少、在西部省份排第几？三个都说下", V("54935", "0.8", "3")),
    ("How many individual online shops did Guangxi have in 2017, what share of the national total was that, and where did it rank among western provinces?",
     V("54935", "0.8", "3")),
    # a "right?" after a count asked, no number said, confirms nothing: the count is asked (never a yes of another fact)
    ("广西有几个淘宝村？对吗", R()),
    ("How many Taobao villages does Guangxi have? Right?", R()),
    ("广西有几个示范县，对吗？", V("47")),
    # a figure checked against a number, and by how much: the distance worked out and shown first, never dropped
    ("广西2017年跨境电商交易额有没有超过400亿？超了多少？", F("高出2,500,000,000元")),
    ("广西2017年跨境电商交易额超过400亿了吗？超出多少？", F("高出2,500,000,000元")),
    ("Did Guangxi's 2017 cross-border e-commerce volume exceed 40 billion yuan, and by how much?", F("above by 2,500,000,000 yuan (CNY)")),
    ("Was Guangxi's 2013 e-commerce volume above 150 billion yuan? By how much?", F("below by 23,400,000,000 yuan (CNY)")),
    ("Did Baise mango sales top 3 billion in 2017, and by how much?", F("above by at least 800,000,000 yuan (CNY)")),
    # round 183's wrong answer: a spot inside a place named (which venue in Nanning, where in Nanning) is not held when
    # the answer is that place itself: refused, saying so
    ("At which venue in Nanning is the 13 September forum being held?", R()),
    ("Where in Nanning is the forum held?", R()),
    ("Where in Guangxi is Hantang Village?", P("Hantang Village is in Wuli Town, Lingshan County")),
    ("At which venue is the forum held?", L("Nanning")),
    # a clause opening with 在 and a place (在广西是干啥的) says where something else does what is asked, never what is
    # known of the place
    ("思爱普是哪国的？在广西是干啥的？", R()),
    ("思爱普在广西是干啥的？", L("落户: 广西壮族自治区")),
    # round 183's refusals: everyday wording (next to, the country, alongside, agenda check, 牵头, handles the organising,
    # covers, certified, run its piece, gave the figure, available per, 啥背景, scan:, 二零一七年, 嘅/係/幾多, 邕城, 货品)
    ("Put Guangxi's 2013 e-commerce turnover next to its 2017 turnover so I can see the jump.", V("53.3", "126600000000", "705600000000")),
    ("Number of personal online stores in Guangxi for 2017, what percentage of the country that was, and its rank among western provinces — all three please.",
     V("54935", "0.8", "3")),
    ("Counting the branded promo campaigns listed alongside the New Year goods festival, how many are there in total?", F("6")),
    ("南宁那个直购体验中心，进口货源覆盖哪几个地区？", L("东盟", "澳洲", "欧美")),
    ("Agenda check for the China-ASEAN Info Harbor e-com forum — which themes get discussed?",
     P("theme: New integration of the e-commerce industry, new development of digital commerce")),
    ("东盟信息港电商论坛，牵头主办的是谁？", L("广西壮族自治区人民政府")),
    ("For the China-ASEAN Information Harbor e-commerce forum, which government department handles the actual organising (承办)?",
     L("Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("Which policy covers targeted poverty alleviation through e-commerce, and over which years does it run?",
     L("Guangxi three-year action plan for targeted poverty alleviation through e-commerce (2018-2020)")),
    ("Lingshan's Hantang — is it a certified Taobao village or not?", P("yes:")),
    ("When did Sina Guangxi run its piece on Guangxi e-commerce's new leap?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth", Sina Guangxi, 2018-08-20')),
    ("Can I get the link to the article that gave the 54,935 individual online shops figure?", P('"Guangxi e-commerce\'s new leap')),
    ("Rough maths: square metres available per merchant in the Nanning cross-border direct-purchase centre?", F("floor area ÷ merchants on site: about 20 square metres")),
    ("中小企业贸易促进平台（中国-东盟那个）啥背景、谁搞的？", P("服务对象: 东盟")),
    ("Policy scan: the Guangxi rural e-commerce three-year plan — what's in the graph on it?", P("supports: ")),
    ("廣西跨境電商二零一七年嘅交易額係幾多？", V("42500000000")),
    ("邕城那个跨境直购体验中心，货品SKU有多少个？", V("50000")),
    ("If the 42.5 billion for 2017 was up 28.8%, then the 2016 cross-border base was about how much?",
     P("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume")),
    ("百色芒果2017年销售额超过30亿了吗？至少多少？", P("是: 百色芒果 年销售额")),  # 至少多少: the least value, no margin
    # session 79
    # a share asked with the count before it (开了多少家、占全国比例) or a rank after it: each part given, never one dropped
    ("2017年广西个人网店开了多少家、占全国比例？", V("54935", "0.8")),
    ("How many individual online shops did Guangxi have in 2017, and what share of China was that?", V("54935", "0.8")),
    ("2017年广西个人网店占全国比例、在西部排第几？", V("0.8", "3")),
    ("2017年广西个人网店的情况：开了多少家、占全国比例、在西部排老几？", V("54935", "0.8", "3")),
    # two years asked of a span (时间跨度是2018到2020年吗): yes when they are its ends, no otherwise
    ("那个电商精准扶贫三年行动计划，时间跨度是2018到2020年吗？", F("是")),
    ("那个电商精准扶贫三年行动计划，时间跨度是2018到2021年吗？", F("否")),
    # a number ending a clause (42.5bn in 2017, what was …) asks no figure of that number: the year before worked back
    ("with 28.8% y/y growth and 42.5bn in 2017, what was the prior year's cross-border e-com?",
     F("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000 yuan (CNY) (425亿元)")),
    ("Back-calculate for me: with 28.8% y/y growth and 42.5bn in 2017, what must the prior year's cross-border e-com have been?",
     F("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000 yuan (CNY) (425亿元)")),
    ("4220 what?", V("422000000000")),
    # an English name less the China-ASEAN it begins with (Information Harbor), as in Chinese
    ("What is the Information Harbor?", F("China-ASEAN Information Harbor: Program")),
    ("Apart from the Information Harbor, which other initiative is the 2018 forum meant to push forward?", L("Southbound corridor")),
    # a bound after a dash (— beyond seventy per cent yet?) asked of what comes before it
    ("Rural e-com penetration in Guangxi — beyond seventy per cent yet?", P("yes:")),
    ("Rural e-commerce coverage in Guangxi — under 50%?", P("no:")),
    ("Did Guangxi's cross-border e-commerce crack the 50 billion yuan mark in 2017?", P("no:")),
    ("Did cross-border e-commerce in Guangxi break the 40bn-yuan mark in 2017?", P("yes:")),
    # round 184's refusals: everyday wording (dissertation chapter, 硬指标, solo web-store owners, setup, ministry-level,
    # going by the graph, 老字号大集, upstream farming sectors, put into practice, 为…服务的, 是…哪个县出的, model of
    # operation, 瓜葛, headline, base that on, cheap to pricey, made of, store count, lead the western provinces, up to)
    ("For my dissertation chapter I need the contribution rate of final consumption to growth in Guangxi, as reported.", V("50")),
    ("南宁跨境商品直购体验中心的几项硬指标——占地、进驻商家、SKU——分别是多少？", V("8000", "400", "50000")),
    ("Rong'an kumquat farmers: what did a jin fetch before the co-op e-commerce setup, and what after?", V("2", "40")),
    ("Ministry-level rural e-com demo county title: how many of Guangxi's counties hold it?", V("47")),
    ("Outside Guangxi, into how many provinces has the Qinzhou direct-sales centre's business spread, going by the graph?", F("3")),
    ("为了营造电商促销氛围搞的那一串品牌活动，像年货节、老字号大集之类，总共列了多少项？", F("6")),
    ("Rice noodles in Guangxi drive which upstream farming sectors?", L("bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming")),
    ("政策文件里面，哪几份明确是为农村电商或电商扶贫服务的？", L("广西电子商务精准扶贫三年行动计划（2018-2020）", "广西电子商务进农村三年规划")),
    ("Which programmes or projects has Guangxi put into practice according to your data?",
     L('"E-commerce Guangxi, e-commerce ASEAN" project', "China's ASEAN-oriented cross-border e-commerce base", "China-ASEAN Information Harbor",
       "Comprehensive demonstration project of e-commerce in rural areas", "Cross-border e-commerce comprehensive pilot zones")),
    ("凌云茶是百色哪个县出的？", F("百色凌云茶: 凌云县")),
    ("What model of operation does the direct-purchase centre in Nanning follow?", L("Cross-border e-commerce O2O offline experience store")),
    ("谷歌这种外企，图谱里说它跟广西电商有啥瓜葛没？是入桂了吗", L("是", "谷歌 —入桂发展→ 广西壮族自治区")),
    ("What's the source article's headline?", P('"Guangxi e-commerce\'s new leap, a new engine of economic growth"')),
    ("Lecuntao doing rural e-com in Guangxi: which sentence and article does the graph base that on?", P("“Nationally known e-commerce platforms")),
    ("Rong'an kumquats went from cheap to pricey — by what factor exactly?", V("2", "40")),
    ("what's the 'Guicha' industry made of?", L("Baise Lingyun tea", "Fangchenggang golden camellia tea", "Hengxian jasmine tea", "Wuzhou Liubao tea")),
    ("Fill me in on that bonded-port goods outlet in Qinzhou — model, store count, markets.", V("30")),
    ("In 2017 did Guangxi lead all western provinces on its count of individual web shops, yes or no?", P("no:")),
    ("I need the 2017 sales lines for three Guangxi specialties - Nanning bananas, Baise mangoes and Liuzhou river-snail noodles. What were they?",
     V("3800000000", "3000000000", "8000000000")),
    ("what is Ganjiewang up to down in Guangxi?", L("operates rural e-commerce in: Guangxi Zhuang Autonomous Region")),
    # round 185's wrong answers: 来源地区 is where goods come from (never the source); a total worked out from a value
    # and its share (Back out / Work out … from …) is the whole's, never the share alone; 给电商保驾护航 supports
    # e-commerce (never every policy)
    ("南宁直购体验中心的商品SKU覆盖了哪些来源地区？", L("东盟", "澳洲", "欧美")),
    ("南宁直购体验中心SKU涵盖哪些国家？", L("东盟", "澳洲", "欧美")),
    ("Back out Guangxi's 2017 total imports+exports from the cross-border value and its share.",
     L("Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000 yuan (CNY) (425亿元)",
       "Guangxi Zhuang Autonomous Region cross-border e-commerce as share of total imports and exports: about 11 percent (11%)",
       "total imports and exports (worked out): about 386363636364 yuan (CNY)")),
    ("Work out Guangxi's cross-border share of total trade from the 2017 figures.", V("11")),
    ("报道里列出来给电商保驾护航的政策文件，一共有几份？", F("6")),
    ("How many policy documents support e-commerce development in Guangxi?", F("6")),
    # round 185's refusals: everyday wording (props up, lecturer-led, direct-sales outfit, which agency, 做起来了, retail
    # model, 资格, I'm citing, sitting at, new price to old, article plus the sentence, 用的是哪个版本, trio, tallies)
    ("ballpark number of jobs e-commerce props up in Guangxi, counting both direct and indirect?", V("120000")),
    ("Which agency served as 承办 (organiser) of the info harbor e-com forum, as opposed to the host?",
     F("organised by: Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("哪个县把“电商+农民合作社+贫困户”这套打法做起来了？", L("融安县")),
    ("Nanning's direct-purchase hall for imported goods follows what kind of retail model?", L("Cross-border e-commerce O2O offline experience store")),
    ("南宁有没有拿到跨境电商综合试验区的资格？", P("是:")),
    ("I'm citing the 47 demonstration counties number — what's the URL of the source?", P('"Guangxi e-commerce\'s new leap')),
    ("What's the source for Guangxi sitting at a Belt and Road node? Article plus the sentence, please.", P('"Guangxi e-commerce\'s new leap')),
    ("Kumquats in Rong'an went from cheap to pricey — what's the ratio of new price to old?", V("2", "40")),
    ("图谱里的广西行政区划数据用的是哪个版本？", F("《广西行政区划参考数据》，国家统计局2023年版（截至2023-06-30）")),
    ("Combined 2017 takings of the banana, mango and luosifen trio — what do they sum to?", F("combined: at least 14800000000 yuan (CNY)")),
    ("Put these July-2018 rural tallies in order, biggest first: service stations, delivery outlets, agricultural products for online sale.",
     F("rural e-commerce service stations built (cumulative)")),
    # a name listed just before an example (阿里、京东这种平台) is an example too, never a condition; 这种 marks one
    ("阿里、京东这种在广西做农村电商的平台有几家？", F("4")),
    ("像阿里、京东这种在广西下乡做农村电商的大平台，一共记了几家？", F("4")),
    # a statement before a semicolon (X and Y build a platform;) names what the question after it asks of
    ("Pingxiang and Dongxing build a border-residents' trade info platform; which prefecture-level cities are these two under?",
     L("Chongzuo", "Fangchenggang")),
    ("融安金桔走了“电商+合作社+贫困户”这条路以后，价格前后各是多少一斤？", V("2", "40")),
    ("2017年卖得最好的两种广西农特产品是哪俩？", P("南宁香蕉")),
    # round 186's wrong answers: a department that ran an event organised it (never the article that ran a piece); a title
    # won by selling something (靠卖果苗拿到了什么名号) is a designation, never the sales; a figure set against others
    # added up is compared only when it is one of them (never the first product's against the rest)
    ("At the China-ASEAN Info Harbor e-commerce forum, which government body was host, and which department ran it?",
     L("hosted by: People's Government of Guangxi Zhuang Autonomous Region", "organised by: Department of Commerce of Guangxi Zhuang Autonomous Region")),
    ("汉塘村靠卖果苗拿到了什么名号？", L("淘宝村")),
    ("Was Guangxi's 2017 cross-border e-commerce volume bigger than the bananas, mangoes and luosifen sales put together?", R()),
    ("How much more were Nanning banana sales than Baise mango and luosifen sales combined?", F("difference: 1200000000 yuan (CNY)")),
    # round 186's refusals: everyday wording (co-op setup, 主力大多, sector supports, 省外, enterd, benefit from, where in
    # the world, the graph puts under, grows in, answers to, 建线下, 提高了百分之多少, in relation to, hezuoshe,
    # biggest-first, imports/exports, 排位, compiling a list:, promotional events, 南宁蕉/百色芒, 归在…这一类)
    ("Once Rong'an switched to the e-commerce + co-op setup, what did a jin of its kumquats sell for?", P("Rong'an kumquat price after the model: 40")),
    ("搞电商创业的广西人，主力大多是几岁到几岁？", V("16–40")),
    ("Ballpark figure of employment that Guangxi's e-commerce sector supports, direct plus indirect?", V("120000")),
    ("南宁蕉、百色芒、柳州螺蛳粉，2017年销售额各破了多少亿？", V("8000000000", "3800000000", "3000000000")),
    ("Three stats on 2017 cross-border e-com in Guangxi — how big, what % of imports/exports, how fast it grew?", V("28.8", "42500000000", "11")),
    ("How many branded e-commerce promotional events does the article credit Guangxi with holding?", F("6")),
    ("Number of big-name ecommerce firms that enterd Guangxi to develop there?", F("5")),
    ("What upstream sectors benefit from the Guangxi rice noodle boom?", L("bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming")),
    ("Where in the world do the imported SKUs at Nanning's direct-buy experience hall originate?", L("ASEAN", "Australia", "Europe and America")),
    ("My tea shop stocks Lingyun tea. The county it grows in answers to which city?", L("Baise")),
    ("东兴有没有建线下的跨境电商监管中心？", P("是:")),
    ("螺蛳粉是不是归在广西米粉这一类？", P("是: 柳州螺蛳粉 —属于品类→ 广西米粉")),
    ("融安金桔每斤的售价提高了百分之多少？", V("2", "40")),
    ("what does the graph say about the Belt and Road in relation to Guangxi?", L("Guangxi Zhuang Autonomous Region —lies at a node of→ Belt and Road")),
    ("What did Rongan jinju go for per jin after the hezuoshe model?", V("40")),
    ("钦州保税港区直销中心把生意做到了几个省外？", F("3")),
    # a place in the name of the figure's own measure (服务东盟企业数) is no part of it: the figure, never "no breakdown"
    ("那个东盟中小企业贸易促进平台，服务了几家东盟的企业了？", V("200")),
    ("南宁跨境商品直购体验中心的5万个SKU里，有多少来自澳洲？", R()),
    ("六堡茶归在桂茶这一类吗？", P("是:")),
    ("Who published the article saying kumquats jumped from 2 to 40 yuan a jin?", P('"Guangxi e-commerce\'s new leap')),
    ("Which national body issued the reply that set up 22 cross-border e-commerce pilot zones, incl. Nanning?", L("State Council")),
    # which organisation runs a facility asks its operator, which the graph does not hold: never its business model
    ("Which organisation runs the Qinzhou direct-sales centre?", R()),
    ("Which department ran the 2018 forum?", L("Department of Commerce of Guangxi Zhuang Autonomous Region")),
    # round 187's wrong answers: a claim after a dash (… — Lingyun County, correct?) is checked, never dropped with the
    # description before it; names given as alternatives (或) name no one thing: the documents of either, never of one;
    # 列一下标题 lists the things, never the source's title; a document's number (文号) is held by no source
    ("Hantang, the Taobao village — Lingyun County, correct?", P("no: Hantang Village —located in→ Lingshan County")),
    ("Hantang, the Taobao village — Lingshan County, right?", P("yes:")),
    ("自治区人民政府或自治区人民政府办公厅发布的政策有哪些？", L("自治区人民政府关于加快电子商务发展的若干意见", "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
                                      "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("由自治区人民政府或者政府办公厅发文的电商政策，列一下标题", L("自治区人民政府关于加快电子商务发展的若干意见", "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
                                           "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知")),
    ("State Council's 22-city reply — what's its 文号 (document number)?", R()),
    ("国务院那份批复的文号是什么？", R()),
    # the whole worked back from a share whose number alone is given (按11%的占比倒推, going by the 11% share)
    ("按11%的占比倒推，2017年广西进出口总额大约是多少？", V("42500000000", "11")),
    ("Going by the 11% share, about how large was Guangxi's total import-export trade in 2017?", V("42500000000", "11")),
    ("Going by the 0.8% share, how many online shops did China have in 2017?", V("54935", "0.8")),
    # round 187's refusals: everyday wording (my thesis needs … Ballpark?, job-creation estimate, import-export pie,
    # courses' attendance, 一起报一下, the old number and the new one, stretches into, green-lighting, showed up in,
    # leading firms, 招牌, 香蕉芒果, gain, as a whole, footprint)
    ("My thesis needs Guangxi's e-commerce job-creation estimate (direct + indirect). Ballpark?", V("120000")),
    ("cross-border e-com as a slice of guangxi's whole import-export pie in 2017 — what percent roughly?", V("11")),
    ("rural ecommerce courses in guangxi: cumulative attendance (person-times) by end of july 2018?", V("200000")),
    ("Rong'an kumquat per-jin price: the old number and the new one after the co-op model?", V("2", "40")),
    ("Qinzhou bonded-port outlet: its business now stretches into how many other provinces?", F("3")),
    ("Name the e-commerce heavyweights other than JD that showed up in Guangxi to develop.", L("DHgate", "Google", "Vipshop", "Zhijian Yuntu")),
    ("Which authority put out the reply green-lighting comprehensive pilot zones for 22 cities?", L("State Council")),
    ("金花茶算是哪个城市的招牌？", L("防城港市")),
    ("香蕉芒果螺蛳粉三个里面，17年卖得最多的是哪个？", F("南宁香蕉")),
    ("How many yuan per jin did Rong'an kumquats gain, and by what multiple did the price rise?", V("2", "40")),
    ("Jingdong's footprint in Guangxi — what does the graph record?",
     L("came to develop in: Guangxi Zhuang Autonomous Region", "operates rural e-commerce in: Guangxi Zhuang Autonomous Region")),
    ("帮我把广西电商交易额2013、2017两年的数字和这几年的年均增速一起报一下", V("53.3", "126600000000", "705600000000")),
    # round 188's wrong answers: a description ending the question after a name (, the rural e-commerce platform?) names
    # it, never a relation asked; members asked of a kind none of whose members is recorded are refused, never the
    # kind itself; a kind said after from a / in a (is from a county) is never what the thing is asked to be
    ("Who founded Lecuntao, the rural e-commerce platform?", R()),
    ("把广西47个国家电子商务进农村综合示范县的名字都列出来", R()),
    ("Lingyun tea is from a county in some prefecture; what did that prefecture's signature fruit sell in 2017?", R()),
    ("Is Lipu a county-level city?", P("yes:")),
    # figures listed, then asked together at the end (…的数量、占比，以及名次，分别是？): each given
    ("2017年广西个人网店的数量、在全国店铺中的占比，以及在西部省份里的名次，分别是？", V("54935", "0.8", "3")),
    # session 80
    # my own probes: who the asker is, said before the question (As an ASEAN exporter, …; 作为一名…，) asks nothing;
    # a choice of two said as a cleft (Was it A or B that …) is which of the two; everyday words (落袋, 挺香, 落款,
    # champion, famous, 更能卖 after a year, 畅销, remind me, takeaway, the X thing)
    ("As an ASEAN exporter, I'd like to know how much Guangxi's cross-border e-commerce was worth in 2017.", V("42500000000")),
    ("作为一名东盟出口商，我想了解广西2017年跨境电商交易额。", V("42500000000")),
    ("As a researcher on rural poverty, which county adopted the Lecuntao model?", R()),
    ("As a percentage of the whole, how big is cross-border?", P("Guangxi")),
    ("Was it bananas or mangoes that sold more in 2017?", F("Nanning banana")),
    ("Which product was the sales champion in 2017?", F("Nanning banana")),
    ("百色芒果2017年卖了多少钱落袋？", V("3800000000")),
    ("融安金桔现在卖得挺香吧，一斤多少钱？", P("融安金桔 采用模式后售价: 40")),
    ("这篇报道的落款是哪家媒体？", P("《广西电商新跨越 经济增长新引擎》")),
    ("Why is Rong'an kumquat famous?", P('"E-commerce + farmers\' cooperative + poor households" model')),
    ("百色芒果和南宁香蕉，哪个2017年更能卖？", F("南宁香蕉")),
    ("百色芒果和南宁香蕉哪个更畅销？", F("南宁香蕉")),
    ("Could you remind me which prefecture Rong'an County belongs to?", L("Liuzhou")),
    ("What's the takeaway on Liuzhou luosifen?", P("is a kind of")),
    ("What's the walnut chicken thing in Fengshan?", P('"Wanshougu walnut-chicken')),
    ("The tea from Lingyun — which prefecture produces it?", L("Baise")),
    ("The mangoes from Baise, how much did they sell in 2017?", V("3800000000")),
    # a province the graph does not hold, said as a condition (companies from Zhejiang), is never waived because a
    # sentence cited holds it (浙江聚贸 among those settled in Guangxi); the article as where places are mentioned
    # (are mentioned in the article, 文章里提到了…哪些县): those its sentences name, never every place of the kind
    ("Are there any companies from Zhejiang that moved into Guangxi?", R()),
    ("哪些浙江企业落户了广西？", R()),
    ("Is Zhejiang Jumore settled in Guangxi?", P("yes:")),
    ("Which counties in Hechi are mentioned in the article?", L("Fengshan County")),
    ("文章里提到了河池的哪些县？", L("凤山县")),
    ("Which counties in Hechi does the article mention?", L("Fengshan County")),
    ("Which prefectures are named in the article?", L("Baise", "Fangchenggang", "Guigang", "Guilin", "Hechi", "Liuzhou", "Nanning", "Wuzhou")),
    ("文章里提到了柳州螺蛳粉卖了30亿，对吗？", V("3000000000")),
    # round 189's wrong answers: a village labelled as what kind of village is its designation, never its division
    # level; a clause saying what the article has (文章有2013和2017年的…，那…) is context, its years never asked; the
    # crossings on the Vietnamese side are none the graph names; a name asked in another language around the name (How
    # do you say X in Chinese) is its name in that language, never what is known of it
    ("Hantang village got labelled as what kind of village, per the article?", L("Taobao village")),
    ("文章有2013和2017年的电商交易额，那中间2015年那年广西是多少？", R()),
    ("文章有2013和2017年的电商交易额，那2017年比2013年多多少？", P("广西壮族自治区 电子商务交易额年均增长率")),
    ("List the Vietnamese border crossings that Dongxing's border-trade platform links up with.", R()),
    ("Who built the border trade platform?", L("Dongxing (county-level city)", "Pingxiang (county-level city)")),
    ('How do you say "Taobao village" in Chinese?', L("淘宝村")),
    ("How would you say 融安金桔 in English?", L("Rong'an kumquat")),
    ("luosifen - what is its full English label, and its Chinese?", L("Liuzhou river-snail rice noodles", "柳州螺蛳粉")),
    ("What's the Chinese for Rong'an kumquat?", L("融安金桔")),
    ("融安金桔英文叫啥？", L("Rong'an kumquat")),
    # round 189's refusals: everyday wording (written as in Chinese characters, would I be covering, 中文名叫什么,
    # the margin, what's held on, a model built, 排第一吗, 在…上做了什么, fifteen percent, 外省, 资讯港, 英文怎么写,
    # 养活…饭碗, strings together a series, a topic before a colon, supply chain upstream)
    ('What is "Guicha" written as in Chinese characters?', L("广西桂茶产业")),
    ("Planning a cycling trip across every county of Guilin - how many county-level areas would I be covering?", L("17")),
    ("DHgate的中文名叫什么？", L("敦煌")),
    ("mango from Baise vs snail noodles from Liuzhou, 2017 sales: who wins and what's the margin?", F("Baise mango")),
    ("Tell me what's held on the Southbound corridor.", P("China-ASEAN Information Harbor E-commerce Forum —promotes→")),
    ("Which poverty-alleviation model did Rong'an build?", L('"E-commerce + farmers\' cooperative + poor households" model')),
    ("广西的个人网店数量在西部省份里排第一吗？", P("否:")),
    ("广西的个人网店数量在西部省份里排名第一吗？", P("否:")),
    ("说说凤山县在电商扶贫上做了什么", P("采用模式")),
    ("Was online retail growth in Guangxi for January through July 2018 above fifteen percent?", P("no:")),
    ("钦州那个国际商品直销中心把生意做到了哪些外省？", L("湖南省", "江西省", "四川省")),
    ("“赶街”英文怎么写", L("Ganjie")),
    ("「中國-東盟資訊港」英文全稱怎麼寫？", L("China-ASEAN Information Harbor")),
    ("电商在广西到底养活了多少人的饭碗？直接间接都算上", V("120000")),
    ("The article strings together a series of e-commerce brand activities - how many are named in that series?", L("6")),
    ("rice noodle supply chain in guangxi: what farming sectors sit upstream of it?", L("bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming")),
    ("把文中那三样特产（香蕉、芒果、螺蛳粉）17年的销售额加总，下限是多少亿？", P("合计至少 14800000000")),
    ("Consumption-driven growth: the Sina report gives final consumption about what share of Guangxi's GDP growth?", V("50")),
    ("Kumquat growers up in Rong'an's mountains - once they went online through cooperatives, what price per jin were they getting?", V("40")),
    ("灵山那个靠卖果苗出名的淘宝村，2017年果苗生意做到了多大规模？", V("160000000")),
    ("那批22个跨境电商综试区城市，南宁在其中吗？", P("是:")),
    # my own probes: a name by its last word alone (Jumore, OneTouch), who is a company, another name of a thing
    ("Where did Jumore settle?", L("Guangxi Zhuang Autonomous Region")),
    ("What's Jumore's full name?", F("Zhejiang Jumore")),
    ("What is OneTouch?", P("Alibaba OneTouch")),
    ("Who is DHgate?", P("came to develop in")),
    ("Who is 敦煌网?", P("入桂发展")),
    ("What is the other name of the Southbound corridor?", P("Southern Transport Corridor")),
    ("南向通道又叫什么？", P("Southern Transport Corridor")),
    ("Who is Guangxi's partner?", R()),
    # a thing and a year, nothing else asked: the figures of that year (17年: 2017, no number given)
    ("Baise mango 2017 — number?", V("3800000000")),
    ("Liuzhou luosifen 2017?", V("3000000000")),
    ("螺蛳粉17年？", V("3000000000")),
    ("柳州螺蛳粉2017年的数据有哪些？", V("3000000000")),
    ("Nanning 2018?", R()),
    ("广西的个人网店数量在西部省份中排第三吗？", P("是:")),
    # figures asked of one thing, with no year (百色芒果有哪些数据, What figures are there for Baise mango, Stats on
    # …): its figures; figures asked and an answer holding none (the platforms running rural e-commerce) refused
    ("百色芒果有哪些数据？", V("3800000000")),
    ("What figures are there for Baise mango?", V("3800000000")),
    ("Stats on Baise mango please.", V("3800000000")),
    ("What figures are there for rural e-commerce in Guangxi?", R()),
    ("Stats on rural e-commerce in Guangxi please.", R()),
    # round 190's wrong answers: 获批设立…的城市 answered with the reply (approved read as a designation won): the cities;
    # a name asked in another language around it (whats X in english, X: how's that written in English?, 对应的中文是
    # 啥) answered with what is known of it or the source: its name; 文章里是哪儿产的 and 有啥资料 never the source
    ("获批设立跨境电商综合试验区的城市，文章点名了哪些？", L("北京市", "南宁市")),
    ("哪些城市获批设立跨境电商综合试验区？", L("北京市", "南宁市")),
    ("Guicha 对应的中文是啥", L("广西桂茶产业")),
    ("whats 至简云图 in english", L("Zhijian Yuntu")),
    ("乐村淘: how's that written in English?", L("Lecuntao")),
    ("kumquat 中文叫什么？文章里是哪儿产的", L("融安金桔", "融安县")),
    ("贵港富硒产品有啥资料", P("产自: 贵港市")),
    # round 190's refusals: everyday wording (for my brief, 一成出头（约11%）, league table, sq metres of the hall, a
    # preamble sentence and brief me on, 入选, backing out, besides home, 脚注里注明, 起点（2013）, econ, rendered in
    # English, 网零, 零售额, 垫底, put down roots, poverty-relief, 组建)
    ("Two numbers for my rural brief: counties holding the national rural e-commerce demonstration title, and the rural e-commerce coverage rate.", V("47", "70")),
    ("跨境电商425亿元只占进出口的一成出头（约11%），照这个算广西2017年进出口总盘子大约多大？", P("广西壮族自治区 跨境电商交易额")),
    ("Western China league table, 2017, individual web shops: what position did Guangxi take?", V("54935", "3")),
    ("sq metres of the nanning cross-border direct-buy experiance hall?", V("8000")),
    ("Our chamber in Jakarta is scouting Guangxi partners. Brief me on the China-ASEAN SME trade promotion platform, whatever you have.", P("serves: ASEAN")),
    ("南宁有没有入选那22个跨境电商综合试验区城市？", P("是:")),
    ("Backing out the 13.4% growth, what was Guangxi's online retail in Jan–Jul 2017?", V("52800000000", "13.4")),
    ("Qinzhou bonded zone's imported-goods direct sales outlet: count the provinces (besides home) its reach now extends to", F("3")),
    ("我要在论文脚注里注明“47个示范县”这个说法的出处，请给出文章标题、媒体和日期", P("《广西电商新跨越 经济增长新引擎》")),
    ("电商交易额的起点（2013）和2017年的数值，以及期间的年均增长率，麻烦列一下", V("53.3", "126600000000", "705600000000")),
    ("GX econ growth: contribution rate of final consumption, per Sina?", V("50")),
    ("How is 螺蛳粉 rendered in English in this graph?", L("Liuzhou river-snail rice noodles")),
    ("Dongxing is one of the border cities in the piece — which prefecture-level city administers it?", L("Fangchenggang")),
    ("How many promotional e-commerce campaigns (e.g. New Year goods festival) are enumerated?", L("6")),
    ("文章里有名有姓的电商扶贫模式一共介绍了几个？", L("2")),
    ("广西有哪些外省企业落户？", R()),
    # a share of things that have something (what percentage of service stations have a logistics outlet): stated
    # nowhere, never one count over the other (3,101 / 2,228 = 139%)
    ("What percentage of service stations have a logistics outlet?", R()),
    ("多大比例的服务站点配有物流配送网点？", R()),
    ("南宁香蕉比百色芒果多卖了百分之多少？", V("8000000000", "3800000000")),
    ("Walnut chickens of the Wanshougu brand: prefecture-level city of origin?", L("Hechi")),
    ("Guangxi online retail sales in June 2018?", R()),
    # a sentence asking a figure the answer read whole does not show (the first's two figures, the second's growth
    # read whole): each sentence alone
    ("2018年头七个月，广西电商交易额、网络零售额各是多少？零售额同比涨了多少？", V("422000000000", "52800000000", "13.4")),
    # whether a figure is an official statistic (the source says only 据不完全统计): not held, refused; where to read the
    # article is its URL; the paragraph that mentions a thing is its sentence
    ("Is the 80 billion banana figure from an official statistic?", R()),
    ("南宁香蕉80亿这个数是官方统计吗？", R()),
    ("Where can I read the original report online?", P('"Guangxi e-commerce\'s new leap')),
    ("Which paragraph mentions Google?", P("“In recent years, through holding the China-ASEAN E-commerce Summit")),
    # round 191's wrong answers: English for X (its English name, never what is known of it); a name in Vietnamese
    # (none held, refused); government papers backing e-commerce (the 6 that support its development, never all 7
    # policies); cumulative online retail (the rural cumulative 59亿元, never the region's Jan–Jul 528亿元); the
    # county's prefecture asked of a model described (refused, never the county)
    ("English for 螺蛳粉?", L("Liuzhou river-snail rice noodles")),
    ("What is Dongxing's name in Vietnamese?", R()),
    ("东兴的越南语名字是什么？", R()),
    ("The article rattles off a series of government papers backing e-commerce — how many are there in that list?", L("6")),
    ("rural ecommerce as of jul 2018: cumulative online retail value + number of service stations?", V("5900000000", "3101")),
    ("cumulative online retail value as of July 2018?", V("5900000000")),
    ("Guangxi online retail Jan-Jul 2018?", V("52800000000")),
    ("融安那个合作社加贫困户的扶贫模式，县所在的地级市是哪个？", R()),
    ("What did Rong'an's kumquats go for per jin originally, and what did they fetch once the co-op e-commerce scheme kicked in?", V("2", "40")),
    # round 191's refusals: everyday wording (made X their base, price gain, A：x、y、z？, Guangxi's capital, 区外, 哪个厅
    # 负责承办, 做农村生意, quick geography check, 三大特产（…）, courses delivered, … impact:)
    ("Name the cross-border trade platforms that made Guangxi their base.", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    ("Per-jin price gain for Rong'an kumquats thanks to the model, in yuan?", V("2", "40")),
    ("2017年广西个人网店：数量、全国占比、西部排名？", V("54935", "3", "0.8")),
    ("区外哪几个省也做上了钦州保税港区直销中心的生意？", P("运营模式")),
    ("信息港电商论坛具体是哪个厅负责承办的？", L("广西壮族自治区商务厅")),
    ("乐村淘这个平台，跑到广西做农村生意了没有？", P("是:")),
    ("Quick geography check — Guangxi is split into how many prefecture-level municipalities?", L("14")),
    ("三大特产（香蕉、芒果、螺蛳粉）里头，17年销售额排第一的是哪个？", F("南宁香蕉")),
    ("For a training-impact memo: what's the running total, in 人次, of rural e-commerce courses delivered in Guangxi by July 2018?", V("200000")),
    ("Employment and training impact: roughly how many jobs does Guangxi e-commerce support (direct + indirect), and how many trainees benefited?", V("120000", "100000")),
    ("Which cross-border platforms have landed (落户) in Guangxi? OneTouch and who else?", L("Alibaba OneTouch", "SAP", "Zhejiang Jumore")),
    # the year asked of a figure given by its number (哪一年…是1266亿, when was it 126.6 billion): that figure alone
    ("哪一年广西电商交易额是1266亿？", V("126600000000")),
    ("广西电商交易额哪一年达到7056亿？", V("705600000000")),
    ("In which year did Guangxi's e-commerce volume reach 705.6 billion yuan?", V("705600000000")),
    ("What year was Guangxi's e-commerce volume 126.6 billion?", V("126600000000")),
    ("广西电商交易额是多少？", V("126600000000", "705600000000", "422000000000")),
    ("In which year did Liuzhou luosifen sales exceed 3 billion?", V("3000000000")),
    ("谷歌来广西干嘛了？", L("谷歌 —入桂发展→ 广西壮族自治区")),
    ("京东跑到广西做什么？", L("京东 —开展农村电商业务→ 广西壮族自治区", "京东 —入桂发展→ 广西壮族自治区")),
    # round 192's wrong answers: a description set off by commas after a name (Dongxing, one of the border cities …,)
    # read as a second place (Pingxiang's Chongzuo given too); the e-commerce policy documents the article lists counted
    # 4 or 7: the 6 that support e-commerce development
    ("Dongxing, one of the border cities trying the border-trade model, belongs to which prefecture?", L("Fangchenggang")),
    ("那篇文章里列举出台的电商政策文件一共有几份？", L("6")),
    ("文章里列举的电商政策文件一共有几份？", L("6")),
    # round 192's refusals: 出自哪个县，这个县又归哪个市 (both levels; 哪个县 is no county named), the YoY growth of the
    # latter, 哪个部门负责承办, prefecture-tier, what Chinese name does the article use for X, acted as 主办
    ("凌云茶出自哪个县，这个县又归哪个市？", L("凌云县", "百色市")),
    ("凌云茶出自凌云县，这个县归哪个市？", L("百色市")),
    ("For January to July 2018, what were Guangxi's total e-commerce transactions, its online retail sales, and the YoY growth of the latter?", V("13.4", "422000000000", "52800000000")),
    ("信息港电商论坛是哪个部门负责承办的？", L("广西壮族自治区商务厅")),
    ("Gov't structure question: count of prefecture-tier cities (地级市) within the Guangxi Zhuang Autonomous Region?", L("14")),
    ("What Chinese name does the article use for DHgate?", L("敦煌")),
    ("For the China-ASEAN info harbor ecommerce forum in Sept 2018, which body acted as 主办 (main host)?", L("People's Government of Guangxi Zhuang Autonomous Region")),
    ("Count for me the promotional e-commerce brand activities named in the Sina piece.", L("6")),
    # a theme (a literal) said against a name (Belt and Road) crashed with a traceback: no, with the theme's words;
    # Road alone (of Belt and Road) inside a quoted theme is no name
    ("Is the forum's theme Belt and Road?", P("no:")),
    ("论坛的主题是一带一路吗？", P("否:")),
    ('Was the forum\'s theme "Digital Silk Road"?', P("no:")),
    # export sales are not the sales
    ("Liuzhou luosifen export sales in 2017?", R()),
    ("柳州螺蛳粉2017年出口额是多少？", R()),
]

ALL = FIGURES + COUNTS + LISTS + RELATIONS + WHERE_WHEN_WHO + COMPARE + GROWTH_SHARE + YESNO + SOURCES + ABOUT + TYPOS + PHRASINGS + CONTEXT + ONCE_WRONG + EVERYDAY + STYLED + REFUSED + CONDITIONS_KEPT
