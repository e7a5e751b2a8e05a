{{%AUTOESCAPE context="HTML"}}
{{! The bar of a hosted agency's portal (集约化; catalogue/public_pages.h FillPortalBar): AGENCY URL XXGK_URL
    COLUMNS_URL SEARCH_URL. Not shown for the site's own agency, whose portal is the site. }}
<nav class="portal-bar" aria-label="{{AGENCY}}门户"><a class="portal-name" href="{{URL}}">{{AGENCY}}</a><ul><li><a href="{{XXGK_URL}}">政府信息公开</a></li><li><a href="{{COLUMNS_URL}}">全部栏目</a></li><li><a href="{{SEARCH_URL}}">本机构信息检索</a></li></ul></nav>
