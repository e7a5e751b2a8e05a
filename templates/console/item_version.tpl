{{%AUTOESCAPE context="HTML"}}
{{! One published version of an item, as it read then, for staff. ID TITLE VERSION DATE VERSION_TITLE BODY_HTML (rendered
    Markdown, safe); KIND (KIND); NOTE (NOTE); CURRENT or PAST. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/items">信息发布</a> / <a href="/console/items/{{ID}}">{{TITLE}}</a> / <span aria-current="page">第 {{VERSION}} 版</span></nav>
<header class="page-header"><h1>第 {{VERSION}} 版：{{VERSION_TITLE}}</h1></header>
<div class="alert alert-info" role="note"><p>{{DATE}} 发布{{#KIND}}（{{KIND}}）{{/KIND}}。{{#NOTE}}修订说明：{{NOTE}}。{{/NOTE}}{{#CURRENT}}这是公开页面当前显示的版本。{{/CURRENT}}{{#PAST}}这是历史版本，仅工作人员可见；公开页面显示最新版本。{{/PAST}}</p></div>
<article class="card prose">{{BODY_HTML:none}}</article>
