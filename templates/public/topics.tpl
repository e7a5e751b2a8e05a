{{%AUTOESCAPE context="HTML"}}
{{! 专题专栏: the topics of every hosted agency. TOPIC_GROUPS (AGENCY AGENCY_URL ID; TOPICS (NAME URL)); EMPTY. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <span aria-current="page">专题专栏</span></nav>
<header class="page-header"><h1>专题专栏</h1></header>
{{#EMPTY}}<p class="empty-state">暂无专题。</p>{{/EMPTY}}
{{#TOPIC_GROUPS}}
<section class="card" aria-labelledby="{{ID}}">
<h2 class="card-title" id="{{ID}}"><a href="{{AGENCY_URL}}">{{AGENCY}}</a></h2>
<ul class="tag-list">{{#TOPICS}}<li><a href="{{URL}}">{{NAME}}</a></li>{{/TOPICS}}</ul>
</section>
{{/TOPIC_GROUPS}}
