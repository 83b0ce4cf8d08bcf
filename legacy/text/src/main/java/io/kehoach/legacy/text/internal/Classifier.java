package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.Audience;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.FundingSource;
import io.kehoach.plan.Outlet;
import io.kehoach.plan.Sector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies the text of a plan into the model's vocabularies by keywords matched on folded text
 * (see {@link Fold}): channel kinds and named outlets, audiences, focus sectors, funding sources.
 */
public final class Classifier {
  private static final Map<String, ChannelKind> CHANNELS = new LinkedHashMap<>();
  private static final Map<String, Audience> AUDIENCES = new LinkedHashMap<>();
  private static final Map<String, Sector> SECTORS = new LinkedHashMap<>();
  private static final Map<String, FundingSource> SOURCES = new LinkedHashMap<>();

  static {
    CHANNELS.put("phat thanh", ChannelKind.BROADCAST);
    CHANNELS.put("truyen hinh", ChannelKind.BROADCAST);
    CHANNELS.put("phuong tien thong tin dai chung", ChannelKind.BROADCAST);
    CHANNELS.put("bao chi", ChannelKind.PRINT_PRESS);
    CHANNELS.put("bao ", ChannelKind.PRINT_PRESS);
    CHANNELS.put("tren bao", ChannelKind.PRINT_PRESS);
    CHANNELS.put("chuyen trang", ChannelKind.DEDICATED_COLUMN);
    CHANNELS.put("chuyen muc", ChannelKind.DEDICATED_COLUMN);
    CHANNELS.put("cong thong tin dien tu", ChannelKind.PORTAL);
    CHANNELS.put("trang thong tin dien tu", ChannelKind.AGENCY_WEBSITE);
    CHANNELS.put("trang tin dien tu", ChannelKind.AGENCY_WEBSITE);
    CHANNELS.put("website", ChannelKind.AGENCY_WEBSITE);
    CHANNELS.put("mang xa hoi", ChannelKind.SOCIAL_MEDIA);
    CHANNELS.put("zalo", ChannelKind.SOCIAL_MEDIA);
    CHANNELS.put("facebook", ChannelKind.SOCIAL_MEDIA);
    CHANNELS.put("truyen thanh", ChannelKind.GRASSROOTS_LOUDSPEAKER);
    CHANNELS.put("loa ", ChannelKind.GRASSROOTS_LOUDSPEAKER);
    CHANNELS.put("dai phat thanh cac huyen", ChannelKind.GRASSROOTS_LOUDSPEAKER);
    CHANNELS.put("hoi nghi", ChannelKind.CONFERENCE);
    CHANNELS.put("hoi thao", ChannelKind.CONFERENCE);
    CHANNELS.put("toa dam", ChannelKind.CONFERENCE);
    CHANNELS.put("tap huan", ChannelKind.TRAINING);
    CHANNELS.put("boi duong", ChannelKind.TRAINING);
    CHANNELS.put("cuoc thi", ChannelKind.CONTEST);
    CHANNELS.put("hoi thi", ChannelKind.CONTEST);
    CHANNELS.put("pa no", ChannelKind.VISUAL_MATERIALS);
    CHANNELS.put("pano", ChannelKind.VISUAL_MATERIALS);
    CHANNELS.put("ap phich", ChannelKind.VISUAL_MATERIALS);
    CHANNELS.put("ap pich", ChannelKind.VISUAL_MATERIALS);
    CHANNELS.put("bang ron", ChannelKind.VISUAL_MATERIALS);
    CHANNELS.put("bang gon", ChannelKind.VISUAL_MATERIALS);
    CHANNELS.put("khau hieu", ChannelKind.VISUAL_MATERIALS);
    CHANNELS.put("tranh co dong", ChannelKind.VISUAL_MATERIALS);
    CHANNELS.put("to roi", ChannelKind.LEAFLET);
    CHANNELS.put("to gap", ChannelKind.LEAFLET);
    CHANNELS.put("tai lieu tuyen truyen", ChannelKind.LEAFLET);
    CHANNELS.put("so tay", ChannelKind.LEAFLET);
    CHANNELS.put("niem yet", ChannelKind.PUBLIC_POSTING);
    CHANNELS.put("cong khai day du, ro rang", ChannelKind.PUBLIC_POSTING);
    CHANNELS.put("tai tru so", ChannelKind.PUBLIC_POSTING);
    CHANNELS.put("duong day nong", ChannelKind.HOTLINE);
    CHANNELS.put("hoi dap", ChannelKind.QA_COLUMN);
    CHANNELS.put("dan hoi", ChannelKind.QA_COLUMN);
    CHANNELS.put("ban tin", ChannelKind.NEWSLETTER);
    CHANNELS.put("hop bao", ChannelKind.PRESS_BRIEFING);
    CHANNELS.put("dieu tra xa hoi hoc", ChannelKind.SURVEY);
    CHANNELS.put("khao sat", ChannelKind.SURVEY);
    CHANNELS.put("hoc tap kinh nghiem", ChannelKind.STUDY_VISIT);
    CHANNELS.put("long ghep", ChannelKind.INTEGRATION);
    CHANNELS.put("ket hop", ChannelKind.INTEGRATION);
    CHANNELS.put("doan the", ChannelKind.MASS_ORGANISATION);
    CHANNELS.put("ra quan", ChannelKind.OUTREACH_CAMPAIGN);
    CHANNELS.put("cong tac vien", ChannelKind.CORRESPONDENT_NETWORK);

    AUDIENCES.put("can bo, cong chuc", Audience.OFFICIALS);
    AUDIENCES.put("cong chuc, vien chuc", Audience.OFFICIALS);
    AUDIENCES.put("nguoi dung dau", Audience.LEADERS);
    AUDIENCES.put("cap uy", Audience.LEADERS);
    AUDIENCES.put("nguoi dan", Audience.CITIZENS);
    AUDIENCES.put("nhan dan", Audience.CITIZENS);
    AUDIENCES.put("cong dan", Audience.CITIZENS);
    AUDIENCES.put("ca nhan", Audience.CITIZENS);
    AUDIENCES.put("doanh nghiep", Audience.BUSINESSES);
    AUDIENCES.put("to chuc", Audience.ORGANISATIONS);

    SECTORS.put("dau tu", Sector.INVESTMENT);
    SECTORS.put("xay dung", Sector.CONSTRUCTION);
    SECTORS.put("dat dai", Sector.LAND);
    SECTORS.put("dang ky kinh doanh", Sector.BUSINESS_REGISTRATION);
    SECTORS.put("nha o", Sector.HOUSING);
    SECTORS.put("ho tich", Sector.CIVIL_STATUS);
    SECTORS.put("ho khau", Sector.RESIDENCE);
    SECTORS.put("cu tru", Sector.RESIDENCE);
    SECTORS.put("y te", Sector.HEALTH);
    SECTORS.put("giao duc", Sector.EDUCATION);
    SECTORS.put("lao dong", Sector.LABOUR);
    SECTORS.put("bao hiem", Sector.INSURANCE);
    SECTORS.put("thue", Sector.TAX);
    SECTORS.put("hai quan", Sector.CUSTOMS);
    SECTORS.put("quan ly thi truong", Sector.MARKET_SURVEILLANCE);
    SECTORS.put("khoa hoc va cong nghe", Sector.SCIENCE_TECHNOLOGY);
    SECTORS.put("tai nguyen va moi truong", Sector.ENVIRONMENT);
    SECTORS.put("giao thong", Sector.TRANSPORT);
    SECTORS.put("nong nghiep", Sector.AGRICULTURE);
    SECTORS.put("tu phap", Sector.JUSTICE);

    SOURCES.put("ngan sach trung uong", FundingSource.CENTRAL_BUDGET);
    SOURCES.put("ngan sach tinh", FundingSource.PROVINCIAL_BUDGET);
    SOURCES.put("ngan sach cap tinh", FundingSource.PROVINCIAL_BUDGET);
    SOURCES.put("ngan sach huyen", FundingSource.DISTRICT_BUDGET);
    SOURCES.put("ngan sach cap huyen", FundingSource.DISTRICT_BUDGET);
    SOURCES.put("ngan sach xa", FundingSource.COMMUNE_BUDGET);
    SOURCES.put("ngan sach cap xa", FundingSource.COMMUNE_BUDGET);
    SOURCES.put("du toan duoc giao", FundingSource.AGENCY_BUDGET);
    SOURCES.put("kinh phi duoc giao", FundingSource.AGENCY_BUDGET);
    SOURCES.put("xa hoi hoa", FundingSource.SOCIALISED);
    SOURCES.put("long ghep", FundingSource.INTEGRATED);
    SOURCES.put("nguon hop phap khac", FundingSource.OTHER);
  }

  private static final Pattern OUTLET = Pattern.compile(
      "(Đài Phát thanh(?: và|,| -)? Truyền hình(?: tỉnh)?(?: [\\p{Lu}][\\p{Ll}]*)*|Đài Phát thanh - Truyền hình(?: tỉnh)?(?: [\\p{Lu}][\\p{Ll}]*)*"
          + "|Báo (?:[\\p{Lu}][\\p{Ll}]*)(?: [\\p{Lu}][\\p{Ll}]*)*|Cổng [Tt]hông tin điện tử(?: của)?(?: tỉnh| thành phố)?"
          + "(?: [\\p{Lu}][\\p{Ll}]*)*)");

  private Classifier() {}

  /** The channel kinds a text names. */
  public static Set<ChannelKind> channelKinds(String text) {
    return match(text, CHANNELS, ChannelKind.class);
  }

  /** The audiences a text names. */
  public static Set<Audience> audiences(String text) {
    return match(text, AUDIENCES, Audience.class);
  }

  /** The focus sectors a text names. */
  public static Set<Sector> sectors(String text) {
    return match(text, SECTORS, Sector.class);
  }

  /** The funding sources a text names. */
  public static Set<FundingSource> sources(String text) {
    return match(text, SOURCES, FundingSource.class);
  }

  /** The named outlets of a channel's text: Báo X, Đài Phát thanh và Truyền hình X, Cổng Thông tin điện tử. */
  public static List<Outlet> outlets(String text) {
    List<Outlet> out = new ArrayList<>();
    Matcher m = OUTLET.matcher(text);
    while (m.find()) {
      String name = m.group(1).strip();
      String f = Fold.fold(name);
      ChannelKind kind = f.startsWith("bao") ? ChannelKind.PRINT_PRESS
          : f.startsWith("cong") ? ChannelKind.PORTAL : ChannelKind.BROADCAST;
      if (out.stream().noneMatch(o -> o.getName().equals(name))) {
        out.add(Outlet.of(name, kind));
      }
    }
    return out;
  }

  private static <E extends Enum<E>> Set<E> match(String text, Map<String, E> table, Class<E> type) {
    String f = " " + Fold.fold(text) + " ";
    Set<E> out = EnumSet.noneOf(type);
    for (Map.Entry<String, E> e : table.entrySet()) {
      if (f.contains(e.getKey())) {
        out.add(e.getValue());
      }
    }
    return out;
  }
}
