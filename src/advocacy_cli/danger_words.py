"""The danger reading's word model: a logistic regression over hashed words and word pairs of our own
labelled messages (written by tools/train_danger_words.py; do not edit by hand). The weights are
data/danger_words.i8, one signed byte per bucket, read on first use; those of the models of one kind of danger
are data/danger_self_harm.i8, data/danger_watched.i8 and data/danger_state.i8."""

from __future__ import annotations

from array import array
from pathlib import Path

BITS = 16  # buckets: 2 ** BITS, a word or pair goes to crc32(it) % 2 ** BITS
SCALE = 0.010901163475102345  # weight = int8 value * SCALE
BIAS = -0.6859774169855315
SHA256 = "56d4ddc8397e76055a630d79146800e6f81ea0db229f29f186972c5180ed576e"  # of data/danger_words.i8
CASES = 56225  # training cases: 19578 people in danger, the rest not; training accuracy 0.974
L2, STEPS, RATE = 0.001, 3000, 8.0
# A model of one kind of danger: people thinking of ending their life against no one in danger (data/danger_self_harm.i8).
SELF_HARM_SCALE = 0.011992461231374265
SELF_HARM_BIAS = -1.4784411421255577
SELF_HARM_SHA256 = "61f86092a66740fd7e248b03da9dc1eefc0184553f7f77a22724c250d630980c"
SELF_HARM_CASES = 38483  # 1836 people thinking of ending their life, the rest no one in danger; training accuracy 0.995
# A model of one kind of danger: people watched, followed or threatened against no one in danger (data/danger_watched.i8).
WATCHED_SCALE = 0.009875707351155805
WATCHED_BIAS = -1.3944983742972308
WATCHED_SHA256 = "5ee89ae12f415c5aa8cc70d6fe1bfa36cda388659adbeae8137272057783714b"
WATCHED_CASES = 39197  # 2550 people watched, followed or threatened, the rest no one in danger; training accuracy 0.995
# A model of one kind of danger: people summoned, charged, accused or gone missing against no one in danger (data/danger_state.i8).
STATE_SCALE = 0.008789820880387855
STATE_BIAS = -0.9969093647798614
STATE_SHA256 = "67d4eb819c21a60e4628a0726a1d5d74134319f785870e36c94f5fe4c79b49b3"
STATE_CASES = 41428  # 4781 people summoned, charged, accused or gone missing, the rest no one in danger; training accuracy 0.992
TRAINED_ON = {
    "danger-tune.jsonl": "ee89e1760e7397b76749eedc91297c2a2e16f8dc497a91a3bf14f78d5730744d",
    "danger-blind3.jsonl": "95308a875ca2f12d67da8688716519bc2d746efec2a81acf7ecab2ff9797457d",
    "danger-blind4.jsonl": "62d3c0a0d352dcd56f71f5a6e1673594d28ffe10b82656dce93f449700e2e725",
    "danger-blind5.jsonl": "71a59324a2b79aab9737297a0e7d086518d307c7a6f6f877d3c8aea5c7557bf8",
    "danger-blind6.jsonl": "8bcd0d6f13dea10a2446bb15dd810b8744c7f454bf60662bbfa666ad0b41f91c",
    "danger-blind7.jsonl": "f8146d8b76bb272cef0eadef3872532ea6b087ee5efbd3e3f5d0eff1a37d1098",
    "danger-blind8.jsonl": "34068f4c91acb69ac09009ba53d6723e7f8dc1db2650c384933be8b071155195",
    "danger-blind9.jsonl": "2544c5d0fb7b4addf238df31d52b9bcb9042104d8aa7b008fc982d47b0767907",
    "danger-blind10.jsonl": "b81f734a49c00fab4e08bed0064b67c2c12e05e4fa179dbbbb6d84cdc7f47e4c",
    "danger-blind14.jsonl": "990cc1a2ee906191c0889cf635cc749bd7085799f1018c03c55aa8cae54a9928",
    "danger-blind16.jsonl": "b758ade1c3b07643b03d322fe71c115ff4f4b7a54f69b8ffc5ab2fba8a5a9bf7",
    "danger-blind17.jsonl": "9491107f8959396dddfd399f711376b1d71f8db89163f473721e4a8ff276630b",
    "danger-blind18.jsonl": "36d0fa23cdadbf25c625edb8dfa48db56083504e7b3ded7ed40c0d7d4ba48c6e",
    "danger-blind19.jsonl": "2f17387bafe3064246b823f44657d291746a3c32933cd6894ebaa380a0ef0567",
    "danger-blind20.jsonl": "08cbc8b5abb295335d16c054ec0f18b56b26b8042676d5a669b3867eb2d3f001",
    "danger-blind21.jsonl": "b527a15f1956cbf01bcc2f1d43e009f1ac67c6cb34e960443647953ba9018e76",
    "danger-blind22.jsonl": "491b4ceef7581e819d88e66591ecd176039551b71d3a40677b63f432a39136ed",
    "danger-blind23.jsonl": "f2570677d18aeebbe9095d32e8e0cee9bac41e70bc56cee57aec458135efb3a6",
    "danger-blind24.jsonl": "45bbfb595e22334ea830ff61e787e2f34d3add4b1ef6bcabf4355b00d33f1491",
    "danger-blind25.jsonl": "9fde851106178dcfc0074dc05f133c8274e830fdcb44bd2febc8e5a97a88e20f",
    "danger-blind27.jsonl": "513847fe0df7e4cdce17bc263ef8a712a86850b5c5726e99b383271dd2b18092",
    "danger-blind28.jsonl": "fc5f22a103b698a360273dd0b62061f3022910b9253a67fbb54d63788f379352",
    "danger-blind30.jsonl": "81b0d98865e7b7ec0cb8aa75b34446a54b6b16066c32b9392b7c8f3dbdb2a024",
    "danger-blind31.jsonl": "93b5e14a5767b7e398452258b7b978ccd63308e8a1d59695b2ff715acef12c35",
    "danger-blind32.jsonl": "5ded533c2225da4f952c8b1966ca714ae9a977023af5b08ce9803aa5e9d00197",
    "danger-blind33.jsonl": "90ed9caea201c650219072537101260ed321893c4b24bd38d9f246f5f56347ce",
    "danger-blind34.jsonl": "fa578a90baf178849e8d6eab355874358295a5ece5e444116d8176206fd0a952",
    "danger-blind36.jsonl": "ca6b87f5c02ce87d5c70a2a3608ea67b81435c1f5bef5128560b330668dc3cad",
    "danger-blind37.jsonl": "d41a3e26624d8d96a3dcd709a9f6cd1670eb21e305bf1ffcf5ceaaee6bc86e9b",
    "danger-blind38.jsonl": "9b2241f0c11320c66ff879915758575a1085570592891ee53be6174b9b4d8595",
    "danger-blind41.jsonl": "6cec7b59065b4e075db65406f378770b98e43973e8718ba160670c229f3bc8ba",
    "danger-blind42.jsonl": "561904913517ac309c32e86afa99261eee6a9d03c6c7cd14cd02d1173f68e730",
    "danger-blind44.jsonl": "bf92e7bfb76afb1e6e7493227543f256733892990f6b77426da128c7763cc18d",
    "danger-blind46.jsonl": "6b4107e54ed8d3b0dfac8e56e6b8f5600688b80735ea11f9bfe22ad75ae20790",
    "danger-blind47.jsonl": "3a1db481118540f75592c31cb8e158c4b43a6c046ad124e640606cf3e4625827",
    "danger-blind49.jsonl": "19d10a662ace5bc2b4b26805596ea78231c2c5e8a89fcfbec62ee24fe6b7a600",
    "danger-blind50.jsonl": "5e93c6feb3122bfedc6f34f5a70c5dfb181b8e40fe2f254a57e2deb7207b8b2f",
    "danger-blind52.jsonl": "0bc7428b436fd599571f81129cc999279081a49f8e6d15f037afc41ba7f2eb51",
    "danger-blind53.jsonl": "208c37c93af23776aaa4470baf96187a4b205ba648591f1e5b4d46c5c088af56",
    "danger-blind55.jsonl": "04fbe9854e584cca2dc3fdfe9de7f8000d854f9bbbdc193dcf51f7567255d074",
    "danger-blind56.jsonl": "2d251efd047c0b9208ebfe8ac0d1b911454332fc946f448bf793112d9be0ba4e",
    "danger-blind58.jsonl": "8d63d6f85b1d8c15dbdbf877f53a4df5b2f8c4b9859d47a73dc2c4e0bfce3477",
    "danger-blind59.jsonl": "35551cb43cdeba9dd1252ae757ee08395dae7a58bc0658af43230a7709dfb157",
    "danger-blind61.jsonl": "8b2a6f42d9f9f45a0314dfaa98139d0820cba00f92448ae399a54c854307101c",
    "danger-blind62.jsonl": "e8ed8948656e579f4d83fb6c3b9bef92399d62495a90a32c79f3a407ccf342f2",
    "danger-blind64.jsonl": "0b6bc786ce5646d83d5efa296478472a1845a7ec01b0aafb4959237933545ec3",
    "danger-blind65.jsonl": "a3dcc0caaf55c6e1f3a3253328e4dae8e6cd266a1fd4286e2dbc26bf22a31211",
    "danger-blind67.jsonl": "310981055a022f2d2acc8820613737ec1b2105add5f15769fccbef135cde18e6",
    "danger-blind68.jsonl": "a52b53125f07069501ae6c7606879c2241f521fc764bbf1bd93cdd9e670c7531",
    "danger-blind70.jsonl": "937a7ea40d14db886aa4d457ee6656f06cab6b51a52379fbbf36d63b74bf618b",
    "danger-blind71.jsonl": "2bcc4818cc9a249d87660a28f9fdf6f90d2cff916d0a6b43bee301df15dc2392",
    "danger-blind72.jsonl": "f40aefc77468a822f5e14c47819e97621823f90cd5ae1e9ed5b9b290a1ebe622",
    "danger-blind74.jsonl": "7885b148caf3fdd7c45c11cfdba187e47f8d5ecb119852d824dacef2b28c14b4",
    "danger-blind75.jsonl": "af38d47ac073a98fa2737ee1d49c9816125ca6592df8ebe6d2c827c73f39ac29",
    "danger-blind77.jsonl": "4eccb754f41bf91b55d9ea550a6f626c0f2c6a79712fd1d8b82df50e8bf44b6d",
    "danger-blind78.jsonl": "53f32db23b1f00e64bfafe780f639f09efc150fa5af5a0568da7e5360466eb7e",
    "danger-blind79.jsonl": "a5a2e3f6b329901dacefcba65f8386772c2f2c03bc65ee82629ab98999ca53ae",
    "danger-blind81.jsonl": "4ed5288808623122a4832f59a848d7c8a8304b0bbd3e19a984edcaa17370a5e7",
    "danger-blind82.jsonl": "ebf38512072448e2fe42fa2d166238b6a3e7ce01e95d0760efa325a0f1727bba",
    "danger-blind83.jsonl": "54b48dae3a5cab7674bb1e3c9978f62e75671915817f8a7ebc3810c6b32fe8ee",
    "danger-blind85.jsonl": "48755d262d037c42dcdc54f9b715cc4e2762b6bc67c9b61f1fe07c061112e1ff",
    "danger-blind86.jsonl": "4ef6c3e3bdd91408259de3198ff6f24f23b8c50828f360edf79ac9a0ebaa641a",
    "danger-blind87.jsonl": "ceebdc0449255a14d7981ee3360ed0b6941e8b398fcecc6e195bf73e6856a579",
    "danger-blind89.jsonl": "31c2239f08727f84ebd2a3259efdbda776f8492694c7d2d6aa7951bb705f4b30",
    "danger-blind90.jsonl": "8f56c1e75b6e6cc9c2535df7cbe460eed48141d673d8534548070bcc2e4a5c44",
    "danger-blind92.jsonl": "b4fb1b00b7c551dafcebe5138cef8d0d4be18649ef9ec9f05b739374e80aada1",
    "danger-blind93.jsonl": "4e0f5f31b0832b032debba4834719db29a462546cb2be2d67c026f731959ceda",
    "danger-blind95.jsonl": "4e6ede01ff394b43370f797916c61e7c4e5b28e119f52069f6ac3cc2ba4f600f",
    "danger-blind96.jsonl": "24e5547e1623912f85a4531a5c8ffc190f0a718f7e8da0005b085f80a019f6a5",
    "danger-blind98.jsonl": "e8ab5bf3f60a2aecd018b0a1e7ccdbb957c9f804ae9e1b455a1cb5cccf652544",
    "danger-blind99.jsonl": "bf0c004f96ccfaea9f08492e3619f672d435e348c78466e59ff3c3e80b9110df",
    "danger-blind101.jsonl": "11dc901e1f4563e7bbbdbb0b9935f5215d0b7ad8b6bac701d28e36daa18c3976",
    "danger-blind102.jsonl": "f2c513fbdcf08b721e51cbe70deb47bafc38a8af4e038002088519e2f929c101",
    "danger-blind103.jsonl": "646b9739fe654fe4ff32e165cf5a8af708275c87ce580e2e914b5dd9e667f93d",
    "danger-blind105.jsonl": "6a953a83a6f63890bb995a7153dcbe7bd66183ab60557dce246c58a25f2ff187",
    "danger-blind106.jsonl": "60ae71e8384615424b569ee897478b4fa17633c194ff20d438d8501f567e824f",
    "danger-blind107.jsonl": "2bac85ec3953f4f3c605fcc2f86830ef3f7af2c4241365fe0057374212831f64",
    "danger-blind109.jsonl": "e0788261b614715470639f73f49a9c31115731da784119201247408c8d9be0ae",
    "danger-blind110.jsonl": "6812574d3ebbb03b9b08e8020047e146bbb3d728a39ca5aa47391a2130b67f2e",
    "danger-blind112.jsonl": "1d707e5c3554459582716317d5d129baa8fc9644aa94b036c32725a468c79199",
    "danger-blind113.jsonl": "3e5ac03a05d0d2df8c1f338d6057a132db9788bc6133e0d08cea9509e9f3ee19",
    "danger-blind114.jsonl": "21f8bf5b5b02ccc3bf052fa5c6fb0bf515f119e438e12f8b3c65f32023d864d4",
    "danger-blind115.jsonl": "168dfbc7c6d3dc1c19f2d713a52d5d31626d5ece96e118030cc5c46e2f64a7e5",
    "danger-blind116.jsonl": "eee72b6bf05306f7b7b16d7b3bce1c2bab7ca3956a75ba373e2cbf585efdaa51",
    "danger-blind118.jsonl": "3c8015ece2ed696ab53b2de2779d5ca30c3cb2abfcf14db361d9b60316ad2c73",
    "danger-blind121.jsonl": "4bc01f822fdea585337251cdf8efc756218c1b37658a51ea559823975ef080bb",
    "danger-blind122.jsonl": "4e73d8be6762407b4ae7473e09251feb84bfcfe79e1fbab3cdd5fb88d7c700c5",
    "danger-blind123.jsonl": "013dacd73ce4574b09fec3832ec7480efa440fb41a51fa77cdbf4cadd0b30d47",
    "danger-blind125.jsonl": "8f6d3625912984fe0080dca78577cd4bf0930dd19993c2c2cade386696d9bee3",
    "danger-blind126.jsonl": "a541a12bd8350d19acfcb1156a48147b56ef877b232af2bafac2324d7ad56c59",
    "danger-blind127.jsonl": "169d9caebaf7b62483129ad55f18c1d157cb74d3bf426cd5dd8ebb95639414d0",
    "danger-blind128.jsonl": "9b7e903f07d0162590ca87a2c8d86ee3b72620ea7b3fa1b3e7afe73b2a61ab55",
    "danger-blind130.jsonl": "15e34af39c8db73bb1154c07155ada1fdc78f0e079a10da6c94debd5c0e8d535",
    "danger-blind131.jsonl": "f9a20ae5ea3ec113c9c86da157ca340f1fa90d0b2d8a441d554ce46ae6f56db0",
    "danger-blind132.jsonl": "f15b0042cc74d0c5795095561b19265367c627addf9614ba0fc2d98911063b41",
    "danger-blind135.jsonl": "c15f6e30b7c3c5ba872dab9597061e51e7193cdfba843653421ea8dd2e52edb9",
    "danger-blind136.jsonl": "5fab32b764d3bb0c2afcbd79fff9c9490cb179dc504bb868e95f0fb1beead7e0",
    "danger-blind139.jsonl": "244e8f4b0276717b6fdd72008717cec81b1d93e46adaf2429e36b6fb02a4eb73",
    "danger-blind140.jsonl": "872929eadba971fd3ccca3fc371a6c1c21ea978008880f24ee785e552c23dfc3",
    "danger-blind141.jsonl": "3de717e1d932c290dd381361471f9a520e437b939d90b4be9affe958970dd56e",
    "danger-blind143.jsonl": "d8e7bf0fb465ffc21a50fb1b10db41103710943b0067eb854f43a9fab82e3375",
    "danger-blind144.jsonl": "3b61058bc89b3710ea914e5aa69642b2333db0caa1d08d802a7c0e2cd1d7c8be",
    "danger-blind146.jsonl": "dcc09ad727ffafc3354e249314116aa1a3b7723c0ee117aeb82a21ff122ffc24",
    "danger-blind147.jsonl": "dca024cce156a4bfeb6895e85a40722ceee3a71f0c25f5eef50528578f5cafa0",
    "danger-blind148.jsonl": "f6f168ba30a49873a57154278a1ec8ff4f28844b23459ab229a2460e686d7f2e",
    "danger-blind150.jsonl": "3ac45d3b8062a2f7d3c2f75e69af1c7ff4644d5a45fd739aff273ac419ebae14",
    "danger-blind151.jsonl": "7193ddd66014455093dadcffad81e45614ffeed291577ef95fe725424ec77bd0",
    "danger-blind153.jsonl": "c1c7a3b72a803654f4e329ae329f5cce2a6d6b8a927a6cc02dca408e35cbf7b7",
    "danger-blind155.jsonl": "4d12bd9c0c6684c46dd952acbaf9088cbc6d747df3b23dc318a8368063c456bc",
    "danger-blind156.jsonl": "34c92b9c018dcc263ffb93e97cd237f1731fc396dff90e06b5fca10ea76fe263",
    "danger-blind157.jsonl": "a89ffe2df62c2ce47c0fcbaf7e3a1fac1a577dd2a97a6d7599150a18873c4a5e",
    "danger-blind159.jsonl": "b82289efeefef4473874bc02623ae9c7fb26bda3c6183e562ac02d00f217fde5",
    "danger-blind161.jsonl": "3e2730b6a6c055f08a60ef60993dc502c3d27b431c14298258ac8bf820908141",
    "danger-blind162.jsonl": "e4b48aedc0cd206035163d8d2a2a9a6b6e63787f7be0cacb2f7c140f29de5eed",
    "danger-blind164.jsonl": "c6537e1dd1008d101a62daf326ff7d4bd55864d113220a0002c49459ea07131f",
    "danger-blind166.jsonl": "ef6311332bb242e2362b20497bc892379010c87cec11ea0dc247a0e707ae79dc",
    "danger-blind167.jsonl": "1217a4523486e95870a504a8a14873cc29a94949fd4ff884995191a095488898",
    "danger-blind169.jsonl": "0ce4abdb76c3484592b27b1e4592bd062c9e22dba2410b832d0c347d089d37fd",
    "danger-blind171.jsonl": "14ad6c201c0f54606134fe4bde7e3e59a9d6f64c0474176d28f8efaa40a4ffd1",
    "danger-blind172.jsonl": "c8c7975202cf5e9241d4b83dbfaf205c1ad717b88e5919cd80a8e36b8bd28f6b",
    "danger-blind174.jsonl": "86a2a2e0cd0a471288dcdc40c19690d255f803706562eb46059f57831f2aacde",
    "danger-blind175.jsonl": "1c3cd703263144d50652cbbf6f40489d4730f99ae571131144632c75b50bcec2",
    "danger-blind177.jsonl": "ceedb61a71279ee384e8b01866c3d2035af31300a20f8b8224b2b07fa1c3d5f4",
    "danger-blind178.jsonl": "f38566e473562dae6cf279e9bb7aef8ae56da4ea59f44e24b6ffd06360107d24",
    "danger-blind180.jsonl": "db4efe584dfc431270883e9a658fc2b70d95778553dc074b242b95a7e784670e",
    "danger-blind182.jsonl": "89e021196f204dc0f40a4ca5d3f113ee09913ce37ebb87cca3626160eeb9b25a",
    "danger-blind183.jsonl": "5abff8dde73a253f05e0d77f92eca2579dd26b7ac1db0ed0682203bc257ae197",
    "danger-blind185.jsonl": "d7ae1186da73ef63b28285dfec8231e187f48a4198f791b928d080534de9e165",
    "danger-blind186.jsonl": "b54792a5d0c79ae8f1af2e93735cec7f71291c101edd3ce1350198e25e5b336d",
    "danger-blind188.jsonl": "e83c9f609976a7f4411b1205ff9e65ae57b063206cddece5fd80e24add334f50",
    "danger-blind189.jsonl": "3767e14545b56f19a5994d20a29705f0dbca26ee45d53a768296abe6f6e101a9",
    "danger-blind191.jsonl": "a2c06e9a11c9fa13fae25ab58970cc64f45088e3649445deecd052e6b74a28a3",
    "danger-blind192.jsonl": "5fd2602f06aa4520af6d108e4cbe0ed1fee25d396c6ae06fa81233e2d89945a1",
    "danger-blind194.jsonl": "a0d3b57023cf0566ca86fd6062a89410dc8a81890a45c4050a749dd2195f9ecb",
    "danger-blind195.jsonl": "ba08d2f8d9e92d87cd0c422a46a729b5740dc7c0dc0018c0d4b425226809d29c",
    "danger-blind197.jsonl": "7ac64033fb3848563cd976c8d8c424e3f2ba8838a38453ca9cdf23b0c1baf08f",
    "danger-blind198.jsonl": "f1f2154c417baa3f2ce22c382a850b4a9a5016ad73be6259088aea5810ed8732",
    "danger-blind200.jsonl": "a4052273278a70573285dfe97ca01b8c0fe173796b080d68051cc4279ea04466",
    "danger-blind201.jsonl": "de628c73168e38ada32e6ab38725b9d0ab2eb6f6642075e52ff625f97c006cf5",
    "danger-blind203.jsonl": "84629c1a7e34cee74f58e16e6f21f5d4c9abac897ba1cef77b8065013cd7aa7d",
    "danger-blind204.jsonl": "4eb4b85d7440803efd04af5659f0e0bdaced2b3ced024eaf6ee5d72f87e15a3d",
    "danger-blind206.jsonl": "0e67d80ebc609d36731cb2d2e41fa6015581baa6a7a16fca40ec5819a2bd5988",
    "danger-blind211.jsonl": "76e4b4881ca1882c6314f86432598bee4d95739c6b2f7e4359a151192cc25322",
    "danger-blind212.jsonl": "ff8d7f0bd291d0d035d9057e3d8ffe7617e2b084d6f55e7614083b3f0074db55",
    "danger-blind215.jsonl": "87680c0a2173e74e5c1f7b243f3f298990fd078eed37b75ac6801a253700ab58",
    "danger-blind219.jsonl": "f8ed9043fafc982aecf678f56976247ca23073a6c33f0641559eecec904a0627",
    "danger-blind220.jsonl": "d6da53370d944ba48157f058e9cf1faf822ee3a5368d19d171361bbb557667aa",
    "danger-blind223.jsonl": "55098ec1d0d25b85730ab910a540fac6cc11c8f381ea437668cd2751ff8d17f8",
    "danger-blind224.jsonl": "4ab13752bad8fdbc5c99d346e31f84198561ec702784c6f425a3f844e9b1645e",
    "danger-blind226.jsonl": "36fc654c8b12c6994cb697585e9c74edb34eabd65d4f4bc2ec034fbf233d265b",
    "danger-blind227.jsonl": "0387b56e430bb69e5c02649fd4c352596eb9235a9e29047fdafd2f300d39b4da",
    "danger-blind230.jsonl": "a2c103a2d5c61cc0ef683bea0edc1e856ee288de8aa4e9b813373d9fc9a1eb99",
    "danger-blind231.jsonl": "b329d209bbf50063f8f614123ed65c2240a9968ce04a8b25145048f8b4f820f4",
    "danger-blind233.jsonl": "3fbda6b844cf3d50291101ecbaf4a15f2f357988af7099bd82c018c89d053c82",
    "danger-blind235.jsonl": "0bd30605ec7b1075222f8e0715974c4b8fb7fd9b92766f998a6068e76ce23856",
    "danger-blind236.jsonl": "2ee0ddcebd71d99a80946d4ec5b226a9b9c8e893c177ef0f81b93935569fdfa8",
    "danger-blind238.jsonl": "f76e8982a7284fa9fe651cf16495de2b14d4e4c73a7a30e092bd563112d1fe1a",
    "danger-blind239.jsonl": "6f98d53760bb4bedff53fc78b2d70782a8154b351910bd7a8f922e539ef183b6",
    "danger-blind241.jsonl": "2e4300cda96cf69af9b5d1849e60f26a1a10875cc22fe11eb58034b9022c5a3d",
    "danger-blind242.jsonl": "e17a13c62bf0c4c3bc73c8eff2a4e18275ba2f02fd8024f5e99e3b01985d4388",
    "danger-blind243.jsonl": "e4ed07b3151fc5c8c1c079f490cb83de5a8192565601d562535d151bf0b8499e",
    "danger-blind244.jsonl": "b8c79b4cc3808ff8b4740cc63b8a2fcdab79e8d3fb5a932247bb06a961039cdb",
    "danger-blind245.jsonl": "c13456ff6d5b2070db1a44ec68b27dab172c9cc1d3a4dcfca6d951a196d1125c",
    "danger-blind249.jsonl": "38bb90c038b0d2d960df6665056bc4a76615e5a27eeca1bbbc2e90eae866157e",
    "danger-blind250.jsonl": "df86f41f3fd23aa06c9920d3f5b5b70721c18290e0e0b48baa057ec187008975",
    "danger-blind251.jsonl": "a170aec9645f13fa527356c7851979e3ac6b9bb589986896a3eb9d46ddce4946",
    "danger-blind252.jsonl": "1f71da4b8bb855b23ddb8b72d5ce60885ca021ce4079a53600cc7ac84a728062",
    "danger-blind255.jsonl": "69a6fd445734f406744c061354ae00f4d059f0c31a072d04b1854608ea56afe8",
    "danger-blind256.jsonl": "0a008216fdbd56455b07dbddfe457885686006f1844f36672f4b52aa1a99a3f3",
    "danger-blind257.jsonl": "074cad3eb3fa7a75da762792f512c5adcdd7d146c0b663edb274218b1a26854f",
    "danger-blind258.jsonl": "db2a23c828a6e29878aae9aa9a6577bddc529ad49bcca5f7f9e1f596b1909b3d",
    "everyday-negatives.jsonl": "2dd2922e65f64e3b89d51cc36e6cab999bb9b3f91decb1790667d7f0733e9072",
    "everyday-negatives2.jsonl": "b758faac52690488f5930c981382bd3142934fbe7fdb208e5fc8c521398e7bd7",
    "real-tune.jsonl": "65f0c826a83fb6f7e1b243e2dcec1094745b43cc9abf6478469bbf455fb86b89",
    "fresh.jsonl": "db2a196112e2dfe0489b314403111420a6b513611b38c0b9ce3090e5277c51d7",
    "wide.jsonl": "b5359587eef5bb81963613ea2c2e7267920666d165cde37854971a82df1f5f3e",
    "real-holdout.jsonl": "871bb8efbd823f654802964a3473eaf8d5c3af4fe6270e4d49bd6e35c1607943",
    "real-blind2.jsonl": "111ac0e590668155e20d7c9d8324e80128e8e4a7b6dde2e3dd520af66dae5892",
    "real-blind3.jsonl": "4b0f6e20d56002bfc33dc0c6b06677770fd494b8916916f7ea4f3ad95e9e8d6a",
    "real-blind8.jsonl": "60cadb6df49e62bf23c0e788e15a813621fb44286a33eea773d06f44a34ae594",
    "real-blind9.jsonl": "6593227e3f5dc3d75b72643bd79a0356f752323b038b97f49d2337da2836ba08",
    "real-blind10.jsonl": "eb97efa6b83755f109467df18322bb30053c19f68a246036cb308752c066927c",
    "real-blind11.jsonl": "dd72ddcff2cc3284f6257aa97fa9e18947fae18b08690115ce5530a2f20cf9e3",
}


def weights(name: str = "danger_words.i8") -> array[int] | None:
    """The weights of one model (``danger_self_harm.i8`` for a model of one kind of danger), or None when the file is
    missing or not of this size (the lexicons then read alone)."""
    try:
        raw = (Path(__file__).parent / "data" / name).read_bytes()
    except OSError:
        return None
    if len(raw) != 1 << BITS:
        return None
    found = array("b")
    found.frombytes(raw)
    return found
