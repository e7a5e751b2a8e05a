{{%AUTOESCAPE context="HTML"}}
{{! Site map: the pages of the site; PORTALS (NAME URL): each agency's 政府信息公开; TOPIC_GROUPS (AGENCY AGENCY_URL
    ID; TOPICS (NAME URL)): every agency's topics (专题专栏). }}
<header class="page-header"><h1>网站地图</h1></header>
<section class="card">
<ul class="link-list">
<li><a href="/">首页</a></li>
<li><a href="/agencies">机构设置</a></li>
<li><a href="/xxgk">政府信息公开</a></li>
<li><a href="/normative">现行有效规章和行政规范性文件</a></li>
<li><a href="/negative-list">不予公开事项清单</a></li>
<li><a href="/policies">惠企政策</a></li>
<li><a href="/consultations">意见征集</a></li>
<li><a href="/messages">留言咨询</a></li>
<li><a href="/decisions">重大行政决策</a></li>
<li><a href="/events">听证会与开放日</a></li>
<li><a href="/proposals">建议提案办理</a></li>
<li><a href="/accessibility">无障碍说明</a></li>
<li><a href="/login">工作人员入口</a></li>
</ul>
</section>
<section class="card" aria-labelledby="sitemap-portals">
<h2 class="card-title" id="sitemap-portals">各机构政府信息公开</h2>
<ul class="link-list">{{#PORTALS}}
<li><a href="{{URL}}">{{NAME}}</a></li>{{/PORTALS}}</ul>
</section>
<section class="card" aria-labelledby="sitemap-topics">
<h2 class="card-title" id="sitemap-topics"><a href="/topics">专题专栏</a></h2>
{{#TOPIC_GROUPS}}<h3 id="sitemap-{{ID}}">{{AGENCY}}</h3>
<ul class="link-list" aria-labelledby="sitemap-{{ID}}">{{#TOPICS}}
<li><a href="{{URL}}">{{NAME}}</a></li>{{/TOPICS}}</ul>{{/TOPIC_GROUPS}}
</section>
