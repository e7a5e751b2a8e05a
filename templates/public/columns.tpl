{{%AUTOESCAPE context="HTML"}}
{{! Every column of one agency as a tree. AGENCY AGENCY_URL; TREE (NAME URL DEPTH (0-3); TOPIC; FEED (URL)); EMPTY;
    AGENCY_CRUMB (NAME URL) and the include PORTAL for a hosted agency other than the site's own. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="{{AGENCY_URL}}">{{AGENCY}}</a> / <span aria-current="page">全部栏目</span></nav>
{{>PORTAL}}
<header class="page-header"><h1>{{AGENCY}} 全部栏目</h1></header>
{{#EMPTY}}<p class="empty-state">该机构暂无栏目。</p>{{/EMPTY}}
<section class="card">
<h2 class="sr-only">栏目列表</h2>
<ul class="column-tree">{{#TREE}}
<li class="depth-{{DEPTH}}"><a href="{{URL}}">{{NAME}}</a>{{#TOPIC}} <span class="badge badge-muted">专题</span>{{/TOPIC}}{{#FEED}} <a class="feed-link muted" href="{{URL}}">RSS<span class="sr-only">：{{NAME}}</span></a>{{/FEED}}</li>{{/TREE}}</ul>
</section>
