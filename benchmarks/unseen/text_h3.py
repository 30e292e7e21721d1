"""Sentence banks (pl, tr, vi) added to `text.BANKS` on import, for the third holdout's sites."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic quotes are the point here)

from __future__ import annotations

from benchmarks.unseen.text import BANKS

# Polish topics are all feminine nouns in the nominative, so every template agrees with them.
EXTRA: dict[str, dict[str, list[str]]] = {
    "pl": {
        "topics": [
            "przebudowa dworca autobusowego",
            "budowa nowej obwodnicy",
            "modernizacja szpitala miejskiego",
            "rozbudowa szkoły podstawowej nr 3",
            "renowacja zabytkowego ratusza",
            "wymiana oświetlenia ulicznego",
            "likwidacja targowiska przy ulicy Kolejowej",
            "budowa krytej pływalni",
        ],
        "who": [
            "Rada Miejska",
            "Rzeczniczka urzędu wojewódzkiego",
            "Komisja budżetowa",
            "Prezydent miasta Anna Wiśniewska",
            "Opozycja w radzie",
            "Dyrekcja Zarządu Dróg Miejskich",
            "Wspólnota mieszkaniowa z ulicy Lipowej",
        ],
        "did": [
            "poinformowała, że {topic} będzie kosztować około {n} mln zł",
            "ostrzegła, że {topic} może się przeciągnąć nawet do {year} roku",
            "przyznała, że {topic} budzi sprzeciw co najmniej {n} mieszkańców",
            "przedstawiła nowy harmonogram, według którego {topic} ruszy jesienią",
            "zażądała niezależnej kontroli, zanim {topic} zostanie ostatecznie zatwierdzona",
            "oceniła, że {topic} to największe przedsięwzięcie w mieście od {n} lat",
            "zapowiedziała, że {topic} wróci pod obrady na najbliższej sesji",
        ],
        "more": [
            "Według krytyków w wyliczeniach pominięto koszty utrzymania, szacowane na {n} tys. zł rocznie.",
            "Pierwsze umowy mają zostać podpisane w ciągu {n} tygodni.",
            "Konsultacje społeczne potrwają do końca miesiąca.",
            "Kilku radnych wstrzymało się od głosu, powołując się na brak niezależnego audytu.",
            "Projekt można obejrzeć w sali obsługi urzędu w godzinach jego pracy.",
            "Objazdy dla kierowców mają obowiązywać przez {n} dni.",
            "Część pieniędzy ma pochodzić z funduszy unijnych przyznanych jeszcze w poprzedniej kadencji.",
            "Klub opozycyjny zapowiedział złożenie poprawki na kolejnej sesji.",
        ],
        "titles": [
            "{place}: {topic} coraz bliżej",
            "Ile będzie kosztować {topic}?",
            "{topic} znów opóźniona",
            "{place}: {topic} dzieli mieszkańców",
            "Co oznacza {topic} dla miasta {place}?",
        ],
        "places": ["Konin", "Koło", "Turek", "Słupca", "Września", "Gniezno"],
    },
    "tr": {
        "topics": [
            "otogarın yenilenmesi",
            "yeni sahil yolu projesi",
            "devlet hastanesinin taşınması",
            "kent meydanının yeniden düzenlenmesi",
            "tramvay hattının uzatılması",
            "kapalı pazar yerinin inşaatı",
            "eski fabrika alanının dönüşümü",
            "içme suyu şebekesinin yenilenmesi",
        ],
        "who": [
            "Büyükşehir Belediye Meclisi",
            "Valilik sözcüsü",
            "{place} esnafı",
            "Muhalefet grubu",
            "İl Sağlık Müdürü",
            "Mahalle muhtarları",
            "Belediye Başkanı",
        ],
        "did": [
            "{topic} için yaklaşık {n} milyon lira harcanacağını açıkladı",
            "{topic} konusundaki gecikmelerin {year} yılına kadar sürebileceği uyarısında bulundu",
            "{topic} hakkında şimdiye kadar {n} dilekçe verildiğini söyledi",
            "{topic} için hazırlanan yeni takvimi kalabalık bir salonda sundu",
            "{topic} ile ilgili bağımsız bir inceleme yapılmasını istedi",
            "{topic} ile kentte son {n} yılın en büyük yatırımının yapılacağını belirtti",
            "{topic} konusunun bir sonraki oturumda oylanacağını duyurdu",
        ],
        "more": [
            "Eleştirmenler, yıllık {n} bin lirayı bulan bakım giderlerinin hesaba katılmadığını öne sürüyor.",
            "İlk sözleşmelerin {n} hafta içinde imzalanması bekleniyor.",
            "Vatandaşların görüşlerini bildirebileceği süreç ay sonuna kadar devam edecek.",
            "Bazı meclis üyeleri bağımsız bir denetim yapılmadığı gerekçesiyle çekimser kaldı.",
            "Projeye ait planlar mesai saatlerinde belediye binasında incelenebiliyor.",
            "Çevre yolundaki trafiğin {n} gün boyunca alternatif güzergâhlara yönlendirilmesi planlanıyor.",
            "Finansmanın bir kısmı kalkınma ajansının hibesinden karşılanacak.",
            "Muhalefet, bir sonraki oturumda değişiklik önergesi vereceğini açıkladı.",
        ],
        "titles": [
            "{place}: {topic} tartışılıyor",
            "{topic} yine ertelendi",
            "{topic} için bütçe onaylandı",
            "{topic} {place} için ne anlama geliyor?",
            "{place} meclisinde {topic} gündemi",
        ],
        "places": ["Eskişehir", "Denizli", "Kayseri", "Trabzon", "Malatya", "Balıkesir"],
    },
    "vi": {
        "topics": [
            "dự án nâng cấp bến xe trung tâm",
            "tuyến xe buýt nhanh mới",
            "việc mở rộng bệnh viện đa khoa tỉnh",
            "công trình cầu vượt ngã tư Điện Biên",
            "kế hoạch chỉnh trang bờ sông",
            "dự án chợ đầu mối nông sản",
            "việc cải tạo hệ thống thoát nước",
            "khu tái định cư phía tây thành phố",
        ],
        "who": [
            "UBND thành phố {place}",
            "Người phát ngôn Sở Giao thông vận tải",
            "Tiểu thương chợ {place}",
            "Chủ tịch HĐND tỉnh",
            "Cư dân phường An Phú",
            "Giám đốc Ban quản lý dự án",
            "Một số đại biểu HĐND thành phố",
        ],
        "did": [
            "cho biết {topic} có tổng vốn khoảng {n} tỷ đồng",
            "cảnh báo {topic} có thể bị chậm tiến độ đến năm {year}",
            "cho hay đã có {n} hộ dân gửi kiến nghị liên quan đến {topic}",
            "công bố lộ trình mới cho {topic} tại buổi tiếp xúc cử tri",
            "đề nghị công khai toàn bộ báo cáo thanh tra về {topic}",
            "đánh giá {topic} là công trình lớn nhất của {place} trong {n} năm qua",
            "thống nhất sẽ họp lại trước khi {topic} được đưa ra biểu quyết",
        ],
        "more": [
            "Nhiều ý kiến cho rằng dự toán chưa tính chi phí duy tu, ước khoảng {n} triệu đồng mỗi năm.",
            "Các hợp đồng đầu tiên dự kiến được ký trong vòng {n} tuần tới.",
            "Việc lấy ý kiến người dân sẽ kéo dài đến cuối tháng.",
            "Một số đại biểu không biểu quyết vì chưa có báo cáo kiểm toán độc lập.",
            "Bản vẽ quy hoạch được niêm yết tại trụ sở UBND phường trong giờ hành chính.",
            "Giao thông qua khu vực dự kiến phải phân luồng trong {n} ngày.",
            "Một phần kinh phí được lấy từ nguồn vốn hỗ trợ của trung ương.",
            "Nhóm đại biểu phản đối cho biết sẽ đề xuất sửa đổi tại kỳ họp tới.",
        ],
        "titles": [
            "{place} thông qua {topic}",
            "Băn khoăn về chi phí của {topic}",
            "{topic} lại chậm tiến độ",
            "Người dân {place} chia rẽ về {topic}",
            "{topic}: {place} được gì?",
        ],
        "places": ["Đà Nẵng", "Cần Thơ", "Huế", "Nha Trang", "Quy Nhơn", "Vinh"],
    },
}

for _lang, _bank in EXTRA.items():
    BANKS.setdefault(_lang, _bank)
