import { describe, expect, it } from "vitest";
import { decodeLegacyVietnamese as fromText, foldText, normalizeText, stripDecoration } from "../../src/engine/text";
import { decodeLegacyVietnamese, decodeTcvn3, decodeVni } from "../../src/engine/legacyText";

const nfd = (s: string) => s.normalize("NFD");

describe("normalizeText", () => {
  it.each([
    ["Số đảng viên", "số đảng viên"],
    ["ĐẢNG VIÊN", "đảng viên"],
    ["ĐVT", "đvt"],
    ["  Kết   nạp\tđảng\nviên  ", "kết nạp đảng viên"],
    ["Kết\u00A0nạp\u00A0\u00A0đảng viên", "kết nạp đảng viên"],
    ["Kết\u2003nạp\r\nđảng", "kết nạp đảng"],
    ["Kết\u200Bnạp", "kếtnạp"],
    ["- Kết nạp đảng viên:", "kết nạp đảng viên"],
    ["+ Đảng viên dự bị", "đảng viên dự bị"],
    ["* Ghi chú *", "ghi chú"],
    ["• Ghi chú", "ghi chú"],
    ["(Ghi chú)", "ghi chú"],
    ["Tỷ lệ (%)", "tỷ lệ"],
    ["Tỷ lệ %", "tỷ lệ"],
    ["75,5%", "75,5"],
    ["% KH", "% kh"],
    ["Đạt % KH", "đạt % kh"],
    ["Tỷ lệ % so với kế hoạch", "tỷ lệ % so với kế hoạch"],
    ["Kỳ báo cáo:", "kỳ báo cáo"],
    ["...", ""],
    ["", ""],
    ["   ", ""],
    ["Ðảng ủy", "đảng ủy"],
    ["4=3/1", "4=3/1"],
    ["(1)", "1"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
    expect(normalizeText(nfd(input))).toBe(expected);
  });

  // Old and new tone placement for oa, oe, uy compare equal; the canonical form is the one FORM.md
  // spells (xóa, Lũy) in an open syllable, and the second vowel when a consonant follows.
  it.each([
    ["xoá", "xóa"],
    ["hoá", "hóa"],
    ["thuỷ", "thủy"],
    ["Luỹ kế", "Lũy kế"],
    ["uỳ", "ùy"],
    ["oà", "òa"],
    ["oẻ", "ỏe"],
    ["khoẻ", "khỏe"],
    ["hoạ", "họa"],
    ["Uỷ ban", "Ủy ban"],
    ["toà án", "tòa án"],
    ["Văn hoá, thể thao", "Văn hóa, thể thao"],
    ["Đảng viên bị xoá tên", "Đảng viên bị xóa tên"],
    ["Luỹ kế từ đầu năm", "Lũy kế từ đầu năm"],
    ["hòan thành", "hoàn thành"],
    ["ngòai", "ngoài"],
    ["hùynh", "huỳnh"],
    ["qúy", "quý"],
  ])("%j = %j", (a, b) => {
    expect(normalizeText(a)).toBe(normalizeText(b));
    expect(normalizeText(nfd(a))).toBe(normalizeText(b));
    expect(normalizeText(a)).toBe(normalizeText(nfd(b)));
  });

  it.each([
    ["Lũy kế", "lũy kế"],
    ["Luỹ kế", "lũy kế"],
    ["hoá", "hóa"],
    ["xoá", "xóa"],
    ["thuỷ", "thủy"],
    ["quý", "quý"],
    ["QUÝ I", "quý i"],
    ["quỳ", "quỳ"],
    ["giá", "giá"],
    ["già", "già"],
    ["của", "của"],
    ["quá", "quá"],
    ["hoàn", "hoàn"],
    ["toán", "toán"],
    ["khoảng", "khoảng"],
    ["huỳnh", "huỳnh"],
    ["khuỷu", "khuỷu"],
    ["nguyễn", "nguyễn"],
    ["quyết", "quyết"],
    ["thuế", "thuế"],
    ["ngoài", "ngoài"],
    ["Hòa Bình", "hòa bình"],
  ])("canonical %j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
    expect(normalizeText(nfd(input))).toBe(expected);
  });

  it("gives NFC output for NFD input, with marks in either order", () => {
    const decomposed = "Ke\u0302\u0301t na\u0323p" + " " + "Ke\u0301\u0302t";
    expect(normalizeText(decomposed)).toBe("kết nạp kết");
    expect(normalizeText(decomposed)).toBe(normalizeText(decomposed).normalize("NFC"));
  });

  it("keeps đ and d apart", () => {
    expect(normalizeText("Đảng")).not.toBe(normalizeText("Dảng"));
  });
});

describe("foldText", () => {
  it.each([
    ["Số đảng viên", "so dang vien"],
    ["ĐẢNG VIÊN", "dang vien"],
    ["Lũy kế", "luy ke"],
    ["Luỹ kế", "luy ke"],
    ["Tỷ lệ % so với kế hoạch", "ty le % so voi ke hoach"],
    ["Thực hiện kỳ báo cáo", "thuc hien ky bao cao"],
    ["Người lập biểu", "nguoi lap bieu"],
    ["Ðảng", "dang"],
    ["- Quý I/2023:", "quy i/2023"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(foldText(input)).toBe(expected);
    expect(foldText(nfd(input))).toBe(expected);
  });
});

describe("stripDecoration", () => {
  it.each([
    ["Trong đó: đảng viên chính thức", "đảng viên chính thức"],
    ["Trong đó:đảng viên chính thức", "đảng viên chính thức"],
    ["TRONG ĐÓ: Đảng viên chính thức", "Đảng viên chính thức"],
    ["trong đó : đảng viên dự bị", "đảng viên dự bị"],
    ["Trong đó, đảng viên dự bị", "đảng viên dự bị"],
    ["Trong do: dang vien", "dang vien"],
    ["- Trong đó: đảng viên chính thức", "đảng viên chính thức"],
    ["11.1. Trong đó: đảng viên chính thức", "đảng viên chính thức"],
    ["- Kết nạp đảng viên mới", "Kết nạp đảng viên mới"],
    ["+ Kết nạp đảng viên mới", "Kết nạp đảng viên mới"],
    ["* Kết nạp đảng viên mới", "Kết nạp đảng viên mới"],
    ["• Kết nạp đảng viên mới", "Kết nạp đảng viên mới"],
    ["-Kết nạp đảng viên mới", "Kết nạp đảng viên mới"],
    ["a) Đảng viên dự bị", "Đảng viên dự bị"],
    ["(a) Đảng viên dự bị", "Đảng viên dự bị"],
    ["1. Kết nạp đảng viên", "Kết nạp đảng viên"],
    ["1) Kết nạp đảng viên", "Kết nạp đảng viên"],
    ["2.1. Đảng viên chính thức", "Đảng viên chính thức"],
    ["2.1) Đảng viên chính thức", "Đảng viên chính thức"],
    ["II. ĐẢNG VIÊN", "ĐẢNG VIÊN"],
    ["Kết nạp đảng viên:", "Kết nạp đảng viên"],
    ["Kết nạp đảng viên :", "Kết nạp đảng viên"],
    ["  Kết nạp đảng viên  ", "Kết nạp đảng viên"],
    ["Trong đó:", ""],
    ["", ""],
    // not decoration
    ["2.465 đảng viên", "2.465 đảng viên"],
    ["6 tháng đầu năm", "6 tháng đầu năm"],
    ["1.Đảng viên", "1.Đảng viên"],
    ["1. 2023", "1. 2023"],
    ["-3", "-3"],
    ["Trong đóng góp", "Trong đóng góp"],
    ["Số đảng viên: trong đó", "Số đảng viên: trong đó"],
    ["Kỳ báo cáo: Quý I", "Kỳ báo cáo: Quý I"],
  ])("%j → %j", (input, expected) => {
    expect(stripDecoration(input)).toBe(expected);
  });

  it("accepts NFD and returns the raw rest", () => {
    expect(stripDecoration(nfd("Trong đó: Đảng viên chính thức"))).toBe(nfd("Đảng viên chính thức"));
    expect(stripDecoration(nfd("TRONG ĐÓ: abc"))).toBe("abc");
  });
});

describe("decodeLegacyVietnamese", () => {
  it.each([
    // TCVN3 (ABC, .VnTime)
    ["KÕt n¹p ®¶ng viªn míi", "Kết nạp đảng viên mới"],
    ["B¸o c¸o kÕt qu¶ c«ng t¸c x©y dùng §¶ng", "Báo cáo kết quả công tác xây dựng Đảng"],
    ["Tæng sè ®¶ng viªn cuèi kú", "Tổng số đảng viên cuối kỳ"],
    ["Sè ®¶ng viªn", "Số đảng viên"],
    ["Ng\u00ADêi lËp biÓu", "Người lập biểu"],
    ["Hµ Néi", "Hà Nội"],
    ["§VT", "ĐVT"],
    ["§¬n vÞ tÝnh", "Đơn vị tính"],
    ["Lòy kÕ", "Lũy kế"],
    ["Thùc hiÖn kú b¸o c¸o", "Thực hiện kỳ báo cáo"],
    ["Tû lÖ % so víi kÕ ho¹ch", "Tỷ lệ % so với kế hoạch"],
    ["Kú b¸o c¸o: Quý I/2023", "Kỳ báo cáo: Quý I/2023"],
    ["§¶ng viªn bÞ xãa tªn, xin ra khái §¶ng", "Đảng viên bị xóa tên, xin ra khỏi Đảng"],
    // TCVN3 capitals (.VnTimeH draws the lower-case codes as capitals)
    ["KÕT N¹P §¶NG VI£N MíI", "KẾT NẠP ĐẢNG VIÊN MỚI"],
    ["B¸O C¸O KÕT QU¶ C¤NG T¸C X¢Y DùNG §¶NG", "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG"],
    // TCVN 5712 VN1 capitals in their own codes (0x83 = Á), read as 1252 or as Latin-1
    ["BƒO CƒO", "BÁO CÁO"],
    ["B\u0083O C\u0083O", "BÁO CÁO"],
    ["KÚT N\u0084P", "KẾT NẠP"],
    // VNI (VNI-Times)
    ["Keát naïp ñaûng vieân môùi", "Kết nạp đảng viên mới"],
    ["Baùo caùo keát quaû coâng taùc xaây döïng Ñaûng", "Báo cáo kết quả công tác xây dựng Đảng"],
    ["Nguyeãn Vaên Ñöùc", "Nguyễn Văn Đức"],
    ["BAÙO CAÙO", "BÁO CÁO"],
    ["ÑAÛNG VIEÂN", "ĐẢNG VIÊN"],
    ["Toång soá ñaûng vieân cuoái kyø", "Tổng số đảng viên cuối kỳ"],
    ["Ngöôøi laäp bieåu", "Người lập biểu"],
    ["Ñôn vò tính", "Đơn vị tính"],
    ["Luõy keá", "Lũy kế"],
    ["Tyû leä % so vôùi keá hoaïch", "Tỷ lệ % so với kế hoạch"],
  ])("%j → %j", (input, expected) => {
    expect(decodeLegacyVietnamese(input)).toBe(expected);
  });

  it.each([
    "Số đảng viên",
    "Kết nạp đảng viên mới",
    "Café",
    "Kế hoạch",
    "ĐVT",
    "75,5%",
    "Tây Ninh",
    "Ghi chú",
    "Tôi là",
    "Quý I – 2023",
    "“Kết nạp”",
    "España",
    "Société Générale",
    "São Paulo",
    "Müller",
    "naïve",
    "Zürich",
    "Crème brûlée",
    "Ñ",
    "Cã",
    "hello world",
    "STT",
    "",
    "   ",
    "2.465",
    "Quý I/2023",
    "Kết nạp đảng viên mới".normalize("NFD"),
  ])("%j is not legacy text", (input) => {
    expect(decodeLegacyVietnamese(input)).toBeNull();
  });

  it("decodes legacy text that went through NFD", () => {
    expect(decodeLegacyVietnamese(nfd("KÕt n¹p ®¶ng viªn míi"))).toBe("Kết nạp đảng viên mới");
  });

  it("is re-exported from text.ts", () => {
    expect(fromText("KÕt n¹p ®¶ng viªn míi")).toBe("Kết nạp đảng viên mới");
  });

  it("covers the whole TCVN3 lower-case alphabet", () => {
    const tcvn = "µ¸¶·¹ ¨»¾¼½Æ ©ÇÊÈÉË ® ÌÐÎÏÑ ªÒÕÓÔÖ ×ÝØÜÞ ßãáâä «åèæçé ¬êíëìî ïóñòô \u00ADõøö÷ù úýûüþ ¡¢§£¤¥¦";
    const uni = "àáảãạ ăằắẳẵặ âầấẩẫậ đ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ ĂÂĐÊÔƠƯ";
    expect(decodeTcvn3(tcvn)).toBe(uni);
  });

  it("covers the whole VNI alphabet", () => {
    const vni = "aø aù aû aõ aï aê aè aé aú aü aë aâ aà aá aå aã aä ñ eø eù eû eõ eï eâ eà eá eå eã eä ì í æ ó ò oø où oû oõ oï oâ oà oá oå oã oä ô ôø ôù ôû ôõ ôï uø uù uû uõ uï ö öø öù öû öõ öï yø yù yû yõ î";
    const uni = "à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ è é ẻ ẽ ẹ ê ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ";
    expect(decodeVni(vni)).toBe(uni);
    expect(decodeVni(vni.toUpperCase())).toBe(uni.toUpperCase());
  });

  it("leaves ASCII untouched when decoding", () => {
    expect(decodeTcvn3("STT 1/2023 (a)")).toBe("STT 1/2023 (a)");
    expect(decodeVni("STT 1/2023 (a)")).toBe("STT 1/2023 (a)");
  });
});
